import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { componentSpecs } from './component-specs'

test('the instructor guide documents every component lessons can use', () => {
  const guide = readFileSync(path.join(process.cwd(), 'content/README.md'), 'utf8')
  const missing = Object.keys(componentSpecs).filter((name) => !guide.includes(`\`<${name}`))
  expect(missing).toEqual([])
})

test('the instructor guide lists every scenario id a lesson can embed', async () => {
  const { scenarioIds } = await import('@/lib/scenarios')
  const guide = readFileSync(path.join(process.cwd(), 'content/README.md'), 'utf8')
  expect(scenarioIds.filter((id) => !guide.includes(`\`${id}\``))).toEqual([])
})

test('the instructor guide lists every rule id a lesson can cite', async () => {
  const { RULE_IDS } = await import('@/lib/tcp')
  const guide = readFileSync(path.join(process.cwd(), 'content/README.md'), 'utf8')
  expect(RULE_IDS.filter((id) => !guide.includes(`\`${id}\``))).toEqual([])
})

test('the Chinese instructor guide documents every component too, and each guide links the other', () => {
  const zh = readFileSync(path.join(process.cwd(), 'content/README.zh.md'), 'utf8')
  const en = readFileSync(path.join(process.cwd(), 'content/README.md'), 'utf8')
  expect(Object.keys(componentSpecs).filter((name) => !zh.includes(`\`<${name}`))).toEqual([])
  expect(zh).toContain('(README.md)')
  expect(en).toContain('(README.zh.md)')
})
