import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { simulateVector } from '../../test-tools/conformance'
import { LINUX_PROFILE, RFC_PROFILE, TEXTBOOK_PROFILE } from './profiles'
import { referenceTcb } from './reference'
import { createSegment, formatRfc } from './segment'
import { keepAliveTimesOf, transition } from './transition'
import { TCP_STATES, type Effect, type Segment, type Tcb, type TcbState, type TransitionContext } from './types'

const oracle = JSON.parse(readFileSync(new URL('./__fixtures__/oracle.json', import.meta.url), 'utf8')) as {
  meta: Record<string, unknown>
  vectors: Array<Record<string, unknown> & { id: string; example?: { out?: string } }>
}

const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({ now: 0, profile: RFC_PROFILE, variant: 'standard', iss: 100, ...over })
const sent = (effects: Effect[]): string[] => effects.flatMap((e) => (e.type === 'send_segment' ? [formatRfc(e.segment)] : []))
const arrives = (segment: Segment) => ({ type: 'segment_arrives' as const, segment })

test.each(oracle.vectors.filter((v) => v.example?.out).map((v) => [v.id, v] as const))('%s sends exactly the example segment', (_id, v) => {
  expect(simulateVector(v, oracle.meta).sends.map(formatRfc)).toEqual([v.example?.out])
})

test('active OPEN in CLOSED sends <SEQ=100><CTL=SYN> and starts the retransmission timer', () => {
  const r = transition(null, { type: 'open', mode: 'active' }, ctx())
  expect(r.tcb?.state).toBe('SYN-SENT')
  expect(sent(r.effects)).toEqual(['<SEQ=100><CTL=SYN>'])
  expect(r.effects).toContainEqual({ type: 'start_timer', timer: 'retransmission', ms: 1000, rule: 'open-active' })
})

test('data queued in SYN-SENT rides on the third segment, numbered from x + 1', () => {
  const synSent = transition(null, { type: 'open', mode: 'active' }, ctx()).tcb
  const queued = transition(synSent, { type: 'send', bytes: 100 }, ctx())
  expect(sent(queued.effects)).toEqual([])
  const synAck = createSegment({ seq: 300, ack: 101, flags: { syn: true, ack: true }, wnd: 65535 })
  const r = transition(queued.tcb, arrives(synAck), ctx())
  expect(r.tcb?.state).toBe('ESTABLISHED')
  expect(sent(r.effects)).toEqual(['<SEQ=101><ACK=301><DATA=100><CTL=ACK>'])
  expect(r.tcb?.sndNxt).toBe(201)
})

test('with nothing queued the third segment is a bare ACK that consumes no sequence number', () => {
  const synSent = transition(null, { type: 'open', mode: 'active' }, ctx()).tcb
  const synAck = createSegment({ seq: 300, ack: 101, flags: { syn: true, ack: true }, wnd: 65535 })
  const r = transition(synSent, arrives(synAck), ctx())
  expect(sent(r.effects)).toEqual(['<SEQ=101><ACK=301><CTL=ACK>'])
  expect(r.tcb?.sndNxt).toBe(101)
})

test('in SYN-SENT an acceptable ACK without SYN is dropped: the client stays in SYN-SENT', () => {
  const synSent = transition(null, { type: 'open', mode: 'active' }, ctx()).tcb
  const r = transition(synSent, arrives(createSegment({ seq: 301, ack: 101, flags: { ack: true } })), ctx())
  expect(r.tcb?.state).toBe('SYN-SENT')
  expect(sent(r.effects)).toEqual([])
})

test('SYN-RECEIVED remembers it came from LISTEN and a RST returns it there', () => {
  const listen = transition(null, { type: 'open', mode: 'passive' }, ctx()).tcb
  const r = transition(listen, arrives(createSegment({ seq: 100, flags: { syn: true }, wnd: 1000 })), ctx({ iss: 300 }))
  expect(r.tcb?.synReceivedFrom).toBe('LISTEN')
  const back = transition(r.tcb, arrives(createSegment({ seq: 101, flags: { rst: true } })), ctx())
  expect(back.tcb?.state).toBe('LISTEN')
})

test('data keeps flowing in CLOSE-WAIT: the half-closed server can still send', () => {
  const t = referenceTcb('CLOSE-WAIT', 'server', RFC_PROFILE)
  const r = transition(t, { type: 'send', bytes: 100 }, ctx())
  expect(sent(r.effects)).toEqual(['<SEQ=301><ACK=102><DATA=100><CTL=ACK>'])
  expect(r.tcb?.sndNxt).toBe(401)
})

test('retransmission backs off the RTO and gives up after the profile limit', () => {
  let t = transition(null, { type: 'open', mode: 'active' }, ctx({ profile: LINUX_PROFILE })).tcb
  const rtos: number[] = []
  for (let i = 0; i < 6; i++) {
    const r = transition(t, { type: 'timeout', timer: 'retransmission' }, ctx({ profile: LINUX_PROFILE }))
    t = r.tcb
    for (const e of r.effects) if (e.type === 'start_timer') rtos.push(e.ms)
  }
  expect(rtos).toEqual([2000, 4000, 8000, 16000, 32000, 64000])
  const last = transition(t, { type: 'timeout', timer: 'retransmission' }, ctx({ profile: LINUX_PROFILE }))
  expect(last.tcb).toBeNull()
  expect(last.effects).toContainEqual({ type: 'signal_user', signal: 'connection_timed_out', rule: 'rto-give-up' })
})

test('a retransmitted FIN in TIME-WAIT is acknowledged and restarts 2MSL', () => {
  const t = referenceTcb('TIME-WAIT', 'client', RFC_PROFILE)
  const r = transition(t, arrives(createSegment({ seq: 301, ack: 102, flags: { fin: true, ack: true }, wnd: 1000 })), ctx())
  expect(sent(r.effects)).toEqual(['<SEQ=102><ACK=302><CTL=ACK>'])
  expect(r.effects).toContainEqual({ type: 'start_timer', timer: 'time_wait', ms: 240_000, rule: 'time-wait-fin-again' })
})

test('keep-alive probes carry SEQ=SND.NXT-1 and give up after the configured count', () => {
  let t: Tcb | null = referenceTcb('ESTABLISHED', 'server', TEXTBOOK_PROFILE, { keepAlive: true })
  const probes: string[] = []
  for (let i = 0; i < TEXTBOOK_PROFILE.keepAlive.probes; i++) {
    const r = transition(t, { type: 'timeout', timer: 'keepalive' }, ctx({ profile: TEXTBOOK_PROFILE }))
    t = r.tcb
    probes.push(...sent(r.effects))
  }
  expect(probes).toHaveLength(10)
  expect(probes[0]).toBe('<SEQ=300><ACK=101><CTL=ACK>')
  const end = transition(t, { type: 'timeout', timer: 'keepalive' }, ctx({ profile: TEXTBOOK_PROFILE }))
  expect(end.tcb).toBeNull()
})

test('Linux profile gives up keep-alive with RST,ACK', () => {
  const t = { ...referenceTcb('ESTABLISHED', 'server', LINUX_PROFILE, { keepAlive: true }), probesOut: 9 }
  const r = transition(t, { type: 'timeout', timer: 'keepalive' }, ctx({ profile: LINUX_PROFILE }))
  expect(sent(r.effects)).toEqual(['<SEQ=301><ACK=101><CTL=RST,ACK>'])
})

test('hypothetical two-way server is ESTABLISHED as soon as it sends SYN,ACK', () => {
  const listen = transition(null, { type: 'open', mode: 'passive' }, ctx()).tcb
  const r = transition(listen, arrives(createSegment({ seq: 90, flags: { syn: true }, wnd: 1000 })), ctx({ iss: 300, variant: 'two_way_handshake' }))
  expect(r.tcb?.state).toBe('ESTABLISHED')
  expect(sent(r.effects)).toEqual(['<SEQ=300><ACK=91><CTL=SYN,ACK>'])
})

test('hypothetical no-TIME-WAIT closer goes straight to CLOSED after its ACK', () => {
  const t = referenceTcb('FIN-WAIT-2', 'client', RFC_PROFILE)
  const r = transition(t, arrives(createSegment({ seq: 301, ack: 102, flags: { fin: true, ack: true }, wnd: 1000 })), ctx({ variant: 'no_time_wait' }))
  expect(r.tcb).toBeNull()
  expect(sent(r.effects)).toEqual(['<SEQ=102><ACK=302><CTL=ACK>'])
})

test('user calls the RFC rejects are values, not exceptions', () => {
  expect(transition(null, { type: 'close' }, ctx()).effects).toEqual([{ type: 'signal_user', signal: 'error_connection_does_not_exist', rule: 'close-no-connection' }])
  const tw = referenceTcb('TIME-WAIT', 'client', RFC_PROFILE)
  expect(transition(tw, { type: 'send', bytes: 1 }, ctx()).effects).toEqual([{ type: 'signal_user', signal: 'error_connection_closing', rule: 'send-after-close' }])
})

test('transition never changes the TCB it is given, in any state, for any kind of event', () => {
  const events = [
    { type: 'send' as const, bytes: 3000 },
    { type: 'close' as const },
    { type: 'abort' as const },
    { type: 'open' as const, mode: 'active' as const },
    { type: 'timeout' as const, timer: 'retransmission' as const },
    { type: 'timeout' as const, timer: 'delayed_ack' as const },
    { type: 'timeout' as const, timer: 'keepalive' as const },
    { type: 'timeout' as const, timer: 'time_wait' as const },
  ]
  let checked = 0
  const tcbStates = TCP_STATES.filter((s): s is TcbState => s !== 'CLOSED')
  for (const state of tcbStates) {
    for (const role of ['client', 'server'] as const) {
      const t = Object.freeze(referenceTcb(state, role, LINUX_PROFILE, { keepAlive: true }))
      const before = JSON.stringify(t)
      const peerIss = role === 'client' ? 300 : 100
      const segments = [
        createSegment({ seq: t.rcvNxt, ack: t.sndNxt, flags: { ack: true }, len: 100, wnd: 1000 }),
        createSegment({ seq: t.rcvNxt, ack: t.sndNxt, flags: { ack: true, fin: true }, wnd: 1000 }),
        createSegment({ seq: t.rcvNxt, ack: t.sndUna, flags: { ack: true }, wnd: 500 }),
        createSegment({ seq: peerIss, flags: { syn: true, ack: true }, ack: t.sndNxt, wnd: 1000 }),
        createSegment({ seq: t.rcvNxt, flags: { rst: true } }),
      ]
      // A frozen TCB makes any write to it throw (modules run in strict mode).
      for (const event of [...events, ...segments.map(arrives)]) {
        transition(t, event, ctx({ profile: LINUX_PROFILE }))
        checked++
      }
      expect(JSON.stringify(t)).toBe(before)
    }
  }
  expect(checked).toBe(tcbStates.length * 2 * 13)
})

test('keep-alive times set at OPEN replace the profile\'s for that connection only (RFC 1122 §4.2.3.6)', () => {
  const times = { idleMs: 10_000, intervalMs: 5_000, probes: 3 }
  const listen = transition(null, { type: 'open', mode: 'passive', keepAlive: true, keepAliveTimes: times }, ctx({ profile: LINUX_PROFILE })).tcb
  expect(listen).toMatchObject({ state: 'LISTEN', keepAlive: true, keepAliveTimes: times })
  const other = transition(null, { type: 'open', mode: 'passive', keepAlive: true }, ctx({ profile: LINUX_PROFILE })).tcb
  expect(other?.keepAliveTimes).toBeNull()
  expect(keepAliveTimesOf(other!, LINUX_PROFILE)).toEqual({ idleMs: 7_200_000, intervalMs: 75_000, probes: 9 })
  // The SYN turns LISTEN into SYN-RECEIVED, the third segment into ESTABLISHED: the times come along.
  const synRcvd = transition(listen, arrives(createSegment({ seq: 100, flags: { syn: true }, wnd: 1000 })), ctx({ profile: LINUX_PROFILE, iss: 300 })).tcb
  const est = transition(synRcvd, arrives(createSegment({ seq: 101, ack: 301, flags: { ack: true }, wnd: 1000 })), ctx({ profile: LINUX_PROFILE }))
  expect(est.tcb?.keepAliveTimes).toEqual(times)
  expect(est.effects).toContainEqual({ type: 'start_timer', timer: 'keepalive', ms: 10_000, rule: 'syn-received-ack' })
})

test('a connection with its own keep-alive times probes at its interval and gives up after its count', () => {
  const times = { idleMs: 10_000, intervalMs: 5_000, probes: 3 }
  let t: Tcb | null = referenceTcb('ESTABLISHED', 'server', LINUX_PROFILE, { keepAlive: true, keepAliveTimes: times })
  const timers: number[] = []
  const wire: string[] = []
  for (let i = 0; i < 4; i++) {
    const r = transition(t, { type: 'timeout', timer: 'keepalive' }, ctx({ profile: LINUX_PROFILE }))
    t = r.tcb
    wire.push(...sent(r.effects))
    for (const e of r.effects) if (e.type === 'start_timer') timers.push(e.ms)
  }
  expect(wire).toEqual(['<SEQ=300><ACK=101><CTL=ACK>', '<SEQ=300><ACK=101><CTL=ACK>', '<SEQ=300><ACK=101><CTL=ACK>', '<SEQ=301><ACK=101><CTL=RST,ACK>'])
  expect(timers).toEqual([5_000, 5_000, 5_000])
  expect(t).toBeNull()
})

test('an ACK from the peer answers the probes: the count starts again and the idle timer restarts with the connection\'s idle time', () => {
  const times = { idleMs: 10_000, intervalMs: 5_000, probes: 3 }
  const t = { ...referenceTcb('ESTABLISHED', 'server', LINUX_PROFILE, { keepAlive: true, keepAliveTimes: times }), probesOut: 2 }
  const r = transition(t, arrives(createSegment({ seq: 101, ack: 301, flags: { ack: true }, wnd: 1000 })), ctx({ profile: LINUX_PROFILE }))
  expect(r.tcb?.probesOut).toBe(0)
  expect(r.effects).toContainEqual({ type: 'start_timer', timer: 'keepalive', ms: 10_000, rule: 'keepalive-restart' })
})

test('a listener that goes back to LISTEN keeps its keep-alive times; an active OPEN on it keeps them too', () => {
  const times = { idleMs: 20_000, intervalMs: 10_000, probes: 5 }
  const listen = transition(null, { type: 'open', mode: 'passive', keepAlive: true, keepAliveTimes: times }, ctx()).tcb
  const synRcvd = transition(listen, arrives(createSegment({ seq: 100, flags: { syn: true }, wnd: 1000 })), ctx({ iss: 300 })).tcb
  const back = transition(synRcvd, arrives(createSegment({ seq: 101, flags: { rst: true }, wnd: 0 })), ctx()).tcb
  expect(back).toMatchObject({ state: 'LISTEN', keepAliveTimes: times })
  const active = transition(back, { type: 'open', mode: 'active' }, ctx({ iss: 500 })).tcb
  expect(active).toMatchObject({ state: 'SYN-SENT', keepAliveTimes: times })
})
