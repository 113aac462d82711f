import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'

test('a teacher opens a real capture in the playground: each captured segment beside the replay, and the replay to step through', async ({ page }) => {
  await page.goto('/en/playground/')
  const section = page.getByRole('region', { name: 'Open a capture' })
  await section.getByLabel('Capture file').setInputFiles('test-tools/captures/half-close.pcap')
  await expect(section.getByRole('status').filter({ hasText: 'half-close.pcap' })).toHaveText(/connection #1 127\.0\.0\.1:\d+ → 127\.0\.0\.1:\d+: 11 of 11 captured segments replay exactly under the Linux profile\./)
  const table = section.getByRole('table', { name: 'The captured segments beside the engine’s replay' })
  await expect(table.getByRole('row')).toHaveCount(12)
  await expect(table.getByRole('row').nth(1)).toContainText('S 0:0(0)')
  await expect(table.getByRole('row').nth(8)).toContainText('P. 1:301(300) ack 102')
  await expect(table.getByText('≠', { exact: false })).toHaveCount(0)
  const replay = section.getByRole('region', { name: /^Simulator: / })
  await expect(replay.getByLabel('Server state', { exact: true })).toHaveText('CLOSED')
  await replay.getByRole('button', { name: 'Back' }).click()
  await expect(replay.getByRole('status', { name: 'What just happened' })).toHaveText('Back: undid one step.')
  await expect(section.getByLabel('Imported scenario text')).toHaveValue(/expect server > P\. 1:301\(300\) ack 102/)
})

test('a file that is not a capture, or is over 10 MB, gets one line saying so, and nothing is shown', async ({ page }) => {
  await page.goto('/en/playground/')
  const section = page.getByRole('region', { name: 'Open a capture' })
  const bytes = readFileSync('test-tools/captures/record.sh')
  await section.getByLabel('Capture file').setInputFiles({ name: 'notes.pcap', mimeType: 'application/octet-stream', buffer: bytes })
  await expect(section.getByRole('alert')).toHaveText(/^notes\.pcap: .+/)
  await expect(section.getByRole('table')).toHaveCount(0)

  // Over 10 MB: refused from its size (a sparse file, so the browser is handed a path, not the bytes).
  const huge = test.info().outputPath('huge.pcap')
  mkdirSync(path.dirname(huge), { recursive: true })
  writeFileSync(huge, '')
  truncateSync(huge, 10 * 1024 * 1024 + 1)
  await section.getByLabel('Capture file').setInputFiles(huge)
  await expect(section.getByRole('alert')).toHaveText('huge.pcap: the file is larger than 10 MB. Cut it down to the connection you want, for example with tcpdump -r IN -w OUT tcp port P.')
})
