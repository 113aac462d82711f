import { describe, expect, test } from 'vitest'
import { demoHeader } from './demo.testkit'
import { parseScenarioText } from './parse'

const HEADER = demoHeader()

function problemsOf(text: string): string[] {
  const r = parseScenarioText(text)
  if (r.ok) throw new Error('expected problems')
  return r.problems.map((p) => `${p.line}:${p.column} ${p.message}`)
}

describe('parseScenarioText', () => {
  test('a minimal file gives the scenario, its checkpoints and its expectations', () => {
    const r = parseScenarioText(`${HEADER}
setup:
server listen   # passive open

script:
client connect
expect client > S 0:0(0)
+0.1 expect server SYN-RECEIVED
`)
    expect(r.ok).toBe(false) // a check cannot carry a relative time
    const ok = parseScenarioText(`${HEADER}\nsetup:\nserver listen\n\nscript:\nclient connect\nexpect client > S 0:0(0)\n+0.1 step\ncheckpoint client SYN-SENT, server SYN-RECEIVED\nrun\n`)
    if (!ok.ok) throw new Error(JSON.stringify(ok.problems))
    expect(ok.scenario.setup).toEqual([{ type: 'listen', host: 'server' }])
    expect(ok.scenario.script).toEqual([{ type: 'connect', host: 'client' }, { type: 'advance', ms: 100 }, { type: 'step' }, { type: 'run' }])
    expect(ok.scenario.checkpoints).toEqual([{ afterAction: 3, client: 'SYN-SENT', server: 'SYN-RECEIVED' }])
    expect(ok.expectations.map((e) => [e.kind, e.line, e.at.actions])).toEqual([
      ['segment', 14, 1],
      ['state', 16, 3],
      ['state', 16, 3],
      ['state', 7, 4],
      ['state', 7, 4],
    ])
  })

  test('every line kind reads into the action it names', () => {
    const r = parseScenarioText(`${HEADER}msl: 30s
delay: 25ms
delayed-ack: 200ms
script:
client connect iss 400 keep-alive idle 10s interval 5s count 3
server listen keep-alive off
client send 100 bytes
client reboot listen iss 700
server state ESTABLISHED keep-alive snd.nxt=302
client state CLOSED
network delay client 500ms
network duplicate #3
network inject client S 90:90(0) win 65535
network channel mode manual loss 0.5
wait 2MSL
wait 1.5s
skip
run max 20
`)
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    const s = r.scenario
    expect(s.options).toEqual({ mslMs: 30_000, channel: { delayMs: 25 }, delayedAckMs: 200 })
    expect(s.script[0]).toEqual({ type: 'connect', host: 'client', iss: 400, keepAlive: true, keepAliveTimes: { idleMs: 10_000, intervalMs: 5_000, probes: 3 } })
    expect(s.script[1]).toEqual({ type: 'listen', host: 'server', keepAlive: false })
    expect(s.script[3]).toEqual({ type: 'reboot', host: 'client', listen: true, iss: 700 })
    expect(s.script[4]).toMatchObject({ type: 'set_tcb', host: 'server', tcb: { state: 'ESTABLISHED', keepAlive: true, sndNxt: 302, sndUna: 301 } })
    expect(s.script.slice(5)).toEqual([
      { type: 'set_tcb', host: 'client', tcb: null },
      { type: 'fate_last', from: 'client', fate: 'delay', delayMs: 500 },
      { type: 'fate', segmentId: 3, fate: 'duplicate' },
      { type: 'inject', from: 'client', segment: { seq: 90, ack: 0, flags: { syn: true, ack: false, fin: false, rst: false }, len: 0, wnd: 65535 } },
      { type: 'configure_channel', mode: 'manual', lossRate: 0.5 },
      { type: 'advance', ms: 60_000 },
      { type: 'advance', ms: 1500 },
      { type: 'skip_to_next_timer' },
      { type: 'run', maxSteps: 20 },
    ])
  })

  test('text goes on over indented lines, joined with a space except beside Chinese', () => {
    const r = parseScenarioText(HEADER.replace('description.en: A demo.', 'description.en:\n  A demo\n  # a comment inside\n  over lines.').replace('description.zh: 一个演示。', 'description.zh: 一个\n  演示。'))
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    expect(r.scenario.description).toEqual({ en: 'A demo over lines.', zh: '一个演示。' })
  })

  test('every problem of a broken file is reported with its line and column', () => {
    const text = `id: Demo_1
title.en: Demo
colour: blue
profile: bsd
variant: two_way_handshake
end: client ESTABLISHED
script:
client connect iss x
client jump
network drop
wait 75
expect client > S 0:1(0)
expect server WAITING
network inject client SU 90:90(0)
checkpoint client SYN-SENT
run forever
+x client close
`
    expect(problemsOf(text)).toEqual([
      '1:1 the header has no "title.zh:"',
      '1:1 the header has no "description.en:"',
      '1:1 the header has no "description.zh:"',
      '1:5 id "Demo_1" is not kebab-case',
      '3:1 unknown header key "colour"',
      '4:10 unknown profile "bsd"',
      '5:1 variant two_way_handshake is not TCP, but the scenario is not marked hypothetical',
      '6:6 end needs the final state of both hosts',
      '8:20 iss needs a whole number',
      '9:8 unknown action "jump" for the client',
      '10:9 drop needs a segment',
      '11:6 wait needs one duration',
      '12:19 end 1 is not seq + len = 0',
      '13:15 expect needs a state or "> segment"',
      '14:23 "SU" is not a set of flags',
      '15:12 checkpoint needs both states',
      '16:5 run takes nothing, or "max N"',
      '17:1 "+x" is not a relative time',
    ])
  })

  test('each problem has a hint', () => {
    const r = parseScenarioText('script:\nclient fly\n')
    expect(r.ok).toBe(false)
    if (!r.ok) for (const p of r.problems) expect(p.hint.length).toBeGreaterThan(5)
  })

  test('a # followed by a digit is a segment, not a comment', () => {
    const r = parseScenarioText(`${HEADER}script:\nnetwork deliver #2 # the old SYN\n`)
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    expect(r.scenario.script).toEqual([{ type: 'fate', segmentId: 2, fate: 'deliver' }])
  })
})
