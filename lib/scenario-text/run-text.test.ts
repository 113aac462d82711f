import { expect, test } from 'vitest'
import { demoHeader } from './demo.testkit'
import { parseScenarioText } from './parse'
import { runScenarioText } from './run-text'

const FILE = `${demoHeader()}
setup:
server listen

script:
client connect
run
expect client > S 0:0(0)
expect server > S. 0:0(0) ack 1 win 65535
expect client > . 1:1(0) ack 1
expect server ESTABLISHED
`

function run(text: string) {
  const r = parseScenarioText(text)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return runScenarioText(r.scenario, r.expectations)
}

test('the run is printed one segment and one state change per line, in relative numbers', () => {
  expect(run(FILE).lines).toEqual([
    '    0.000  server CLOSED -> LISTEN',
    '    0.000  client CLOSED -> SYN-SENT',
    '    0.000  client > S 0:0(0)  #1',
    '    0.100  server LISTEN -> SYN-RECEIVED',
    '    0.100  server > S. 0:0(0) ack 1  #2',
    '    0.200  client SYN-SENT -> ESTABLISHED',
    '    0.200  client > . 1:1(0) ack 1  #3',
    '    0.300  server SYN-RECEIVED -> ESTABLISHED',
  ])
  expect(run(FILE).passed).toBe(6)
  expect(run(FILE).failures).toEqual([])
})

test('a failing expectation says what the engine did instead', () => {
  const broken = FILE.replace('expect server > S. 0:0(0) ack 1 win 65535', 'expect server > S. 0:0(0) ack 2').replace('expect server ESTABLISHED', 'expect server CLOSED').replace('end: client ESTABLISHED', 'end: client TIME-WAIT')
  expect(run(broken).failures).toEqual([
    { line: 16, column: 1, expected: 'server > S. 0:0(0) ack 2', actual: 'the server sent S. 0:0(0) ack 1 (#2 at 0.100 s)' },
    { line: 18, column: 1, expected: 'server CLOSED', actual: 'the server is ESTABLISHED' },
    { line: 7, column: 6, expected: 'client TIME-WAIT at the end', actual: 'the client is ESTABLISHED' },
  ])
})

test('a segment never delivered shows its fate; a host that never had a connection prints its numbers as they are', () => {
  const lines = run(FILE.replace('server listen', 'server state CLOSED').replace('run\n', 'network drop client\nrun\n').replace(/expect.*\n/g, '').replace('end: client ESTABLISHED, server ESTABLISHED', 'end: client CLOSED, server CLOSED')).lines
  expect(lines[1]).toBe('    0.000  client > S 0:0(0)  #1  dropped')
  expect(lines).toContain('    1.100  server > R. 0:0(0) ack 1  #3')
})
