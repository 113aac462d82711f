import { expect, test } from 'vitest'
import { controlBits } from '../tcp/segment'
import { applyActions, createSimulation } from './simulation'
import type { HostId, SimAction, SimOptions, SimState, TraceEntry } from './types'

// The linux profile's delayed ACK (40 ms, quick ACKs first, a FIN's ACK always held) and PSH.

const open: SimAction[] = [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }, { type: 'run' }]

type Sent = Extract<TraceEntry, { type: 'segment_sent' }>
const sentBy = (sim: SimState, host: HostId): Sent[] => sim.trace.filter((e): e is Sent => e.type === 'segment_sent' && e.from === host)
const arrivalOf = (sim: SimState, id: number) => sim.trace.find((e) => e.type === 'segment_delivered' && e.id === id)!.time

function run(options: SimOptions, actions: SimAction[]): SimState {
  return applyActions(createSimulation({ profile: 'linux', ...options }), [...open, ...actions])
}

test('the first data segments are acknowledged at once (quick ACK); after 16 an ACK waits 40 ms', () => {
  const sends: SimAction[] = Array.from({ length: 17 }, () => [{ type: 'send', host: 'client', bytes: 100 } as const, { type: 'run' } as const]).flat()
  const sim = run({}, sends)
  const data = sentBy(sim, 'client').filter((e) => e.segment.len > 0)
  const acks = sentBy(sim, 'server').filter((e) => e.segment.len === 0 && !e.segment.flags.syn)
  expect(acks).toHaveLength(17)
  for (let i = 0; i < 16; i++) {
    expect(acks[i]!.time - arrivalOf(sim, data[i]!.id)).toBe(0)
    expect(acks[i]!.rule).toBe('quick-ack')
  }
  expect(acks[16]!.time - arrivalOf(sim, data[16]!.id)).toBe(40)
  expect(acks[16]!.rule).toBe('delayed-ack-timeout')
})

test('once quick ACKs are spent, a second segment waiting for its ACK sends it at once', () => {
  const spend: SimAction[] = Array.from({ length: 16 }, () => [{ type: 'send', host: 'client', bytes: 100 } as const, { type: 'run' } as const]).flat()
  const sim = run({}, [...spend, { type: 'send', host: 'client', bytes: 2920 }, { type: 'run' }])
  const last = sentBy(sim, 'server').at(-1)!
  expect(last.rule).toBe('ack-every-second-segment')
  expect(last.segment.ack).toBe(101 + 16 * 100 + 2920)
})

// Linux times a delayed ACK from the first data received; before any, its delay is one clock tick.
const dataThenClose: SimAction[] = [{ type: 'send', host: 'client', bytes: 100 }, { type: 'run' }, { type: 'close', host: 'client' }]

test('after data, the ACK of a FIN is held: if the application closes in time it rides on the FIN (three segments)', () => {
  const sim = run({}, [...dataThenClose, { type: 'step' }, { type: 'close', host: 'server' }, { type: 'run' }])
  const fin = sentBy(sim, 'client').find((e) => e.segment.flags.fin)!
  const closing = sentBy(sim, 'server').filter((e) => e.time > fin.time)
  expect(closing.map((e) => controlBits(e.segment.flags))).toEqual(['FIN,ACK'])
})

test('after data, the ACK of a FIN goes alone after 40 ms when the application does not close', () => {
  const sim = run({}, [...dataThenClose, { type: 'run' }])
  const fin = sentBy(sim, 'client').find((e) => e.segment.flags.fin)!
  const ack = sentBy(sim, 'server').at(-1)!
  expect(controlBits(ack.segment.flags)).toBe('ACK')
  expect(ack.time - arrivalOf(sim, fin.id)).toBe(40)
})

test('on a connection that has received no data, or with the delayed ACK off, a FIN is acknowledged at once', () => {
  const finAck = (sim: SimState) => {
    const fin = sentBy(sim, 'client').find((e) => e.segment.flags.fin)!
    return sentBy(sim, 'server').at(-1)!.time - arrivalOf(sim, fin.id)
  }
  expect(finAck(run({}, [{ type: 'close', host: 'client' }, { type: 'run' }]))).toBe(0)
  expect(finAck(run({ delayedAckMs: null }, [...dataThenClose, { type: 'run' }]))).toBe(0)
})

test('PSH marks the last data segment of each send under Linux, and never under the RFC profile', () => {
  const actions: SimAction[] = [{ type: 'send', host: 'client', bytes: 3000 }, { type: 'run' }]
  const data = (sim: SimState) => sentBy(sim, 'client').filter((e) => e.segment.len > 0 && e.reason === 'data')
  expect(data(run({}, actions)).map((e) => `${e.segment.len} ${controlBits(e.segment.flags)}`)).toEqual(['1460 ACK', '1460 ACK', '80 PSH,ACK'])
  expect(data(run({ profile: 'rfc' }, actions)).every((e) => !e.segment.flags.psh)).toBe(true)
})
