import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const run = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/conformance.ts', '--', file], { cwd: root, encoding: 'utf8' })

test('the CLI prints PASS lines and a total, and exits 0 on the oracle copy', () => {
  const r = run('lib/tcp/__fixtures__/oracle.json')
  const lines = r.stdout.trim().split('\n')
  expect(lines.at(-1)).toBe('89 passed, 0 failed')
  expect(lines.slice(0, -1).every((l) => l.startsWith('PASS '))).toBe(true)
  expect(r.status).toBe(0)
}, 60_000)

test('the CLI passes every case of the extra and RFC review fixtures', () => {
  for (const [file, total] of [
    ['lib/tcp/__fixtures__/extra-cases.json', 19],
    ['lib/tcp/__fixtures__/rfc-review-cases.json', 166],
  ] as const) {
    const r = run(file)
    const lines = r.stdout.trim().split('\n')
    expect(lines.filter((l) => !l.startsWith('PASS '))).toEqual([`${total} passed, 0 failed`])
    expect(r.status).toBe(0)
  }
}, 60_000)

test('the CLI exits non-zero when a case fails', () => {
  const r = run('lib/tcp/__fixtures__/wrong-cases.json')
  expect(r.stdout).toContain('FAIL wrong.established.rcv_rst: expected ESTABLISHED')
  expect(r.stdout.trim().split('\n').at(-1)).toBe('1 passed, 3 failed')
  expect(r.status).toBe(1)
}, 60_000)

test('the CLI reports an unreadable file with exit code 2', () => {
  const r = run('does/not/exist.json')
  expect(r.status).toBe(2)
  expect(r.stderr).toContain('cannot read')
}, 60_000)
