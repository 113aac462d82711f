import { taughtTransitions } from '../lib/scenarios/transitions'
import { expect, test } from './fixtures'

test('the transition table lists every taught transition and opens one in the playground', async ({ page }) => {
  await page.goto('/en/lessons/revision/')
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'See it run' }) })
  await expect(table.getByRole('row')).toHaveCount(taughtTransitions.length + 1)
  const row = table.getByRole('row').filter({ hasText: 'receive FIN (simultaneous close); send ACK' })
  await expect(row.getByRole('link', { name: 'The four-way close' })).toHaveAttribute('href', '/en/lessons/four-way-close/')
  await row.getByRole('link', { name: 'Open “Simultaneous close” in the playground' }).click()
  await expect(page).toHaveURL(/\/en\/playground\/\?sim=/)
  const simulator = page.getByRole('region', { name: 'Simulator: Simultaneous close' })
  await expect(simulator.getByLabel('Client state', { exact: true })).toHaveText('ESTABLISHED')
  await expect(simulator.getByLabel('Server state', { exact: true })).toHaveText('ESTABLISHED')
})
