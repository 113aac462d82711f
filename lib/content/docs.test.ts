import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { componentSpecs } from './component-specs'

test('the instructor guide documents every component lessons can use', () => {
  const guide = readFileSync(path.join(process.cwd(), 'content/README.md'), 'utf8')
  const missing = Object.keys(componentSpecs).filter((name) => !guide.includes(`\`<${name}`))
  expect(missing).toEqual([])
})
