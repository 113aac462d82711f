import { expect, test } from 'vitest'
import { demoHeader } from './demo.testkit'
import { scenarioCli, unreadableFile } from './cli'

const FILE = `${demoHeader('client SYN-SENT, server CLOSED')}script:
client connect
expect client > S 0:0(0)
expect client ESTABLISHED
`

test('prints the run, then the count of expectations and each failure with its place', () => {
  const out = scenarioCli('demo.txt', FILE)
  expect(out.stdout).toBe(
    [
      'demo: Demo',
      '    0.000  client CLOSED -> SYN-SENT',
      '    0.000  client > S 0:0(0)  #1  still in flight',
      '',
      '3 expectations passed, 1 failed',
      'demo.txt:11:1  expected client ESTABLISHED, but the client is SYN-SENT',
      '',
    ].join('\n'),
  )
  expect(out.exitCode).toBe(1)
})

test('a parse problem goes to stderr as FILE:LINE:COLUMN  message  (hint)', () => {
  const out = scenarioCli('demo.txt', FILE.replace('client connect', 'client connect now'))
  expect(out).toEqual({ stdout: '', stderr: 'demo.txt:9:16  unexpected "now"  (this line takes iss, keep-alive)\n', exitCode: 1 })
})

test('a missing file is one line, not a stack trace', () => {
  expect(unreadableFile('nope.txt', 'ENOENT').stderr).toBe('nope.txt:1:1  no such file  (check the path, e.g. content/scenarios/lost-syn.txt)\n')
})
