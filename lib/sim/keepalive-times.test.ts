import { expect, test } from 'vitest'
import { referenceTcb } from '../tcp/reference'
import { LINUX_PROFILE } from '../tcp/profiles'
import { formatKeepAliveTimes, keepAliveTimesIn, parseKeepAliveTimes, sameKeepAliveTimes, withKeepAliveTimes } from './keepalive-times'
import { applyActions, createSimulation, hostState } from './simulation'
import type { SimAction } from './types'

test('reads idle, interval and probe count, with units s, min and h', () => {
  expect(parseKeepAliveTimes('10s,5s,3')).toEqual({ ok: true, times: { idleMs: 10_000, intervalMs: 5_000, probes: 3 } })
  expect(parseKeepAliveTimes(' 2h , 75s , 10 ')).toEqual({ ok: true, times: { idleMs: 7_200_000, intervalMs: 75_000, probes: 10 } })
  expect(parseKeepAliveTimes('2min,1.5min,9')).toEqual({ ok: true, times: { idleMs: 120_000, intervalMs: 90_000, probes: 9 } })
})

test.each([
  ['10s,5s', /three values/],
  ['10,5s,3', /needs a number and a unit/],
  ['10s,5ms,3', /needs a number and a unit/],
  ['0s,5s,3', /from 1 s to 32767 s/],
  ['10h,5s,3', /from 1 s to 32767 s/],
  ['10s,0.5s,3', /whole number of seconds/],
  ['10s,5s,0', /probe count "0" must be a whole number from 1 to 127/],
  ['10s,5s,3s', /without a unit/],
  ['10s,,3', /three values/],
])('refuses %s with a message saying what to write', (text, message) => {
  const parsed = parseKeepAliveTimes(text)
  expect(parsed.ok).toBe(false)
  if (!parsed.ok) expect(parsed.error).toMatch(message)
})

test('formats times so that they read back the same', () => {
  for (const text of ['10s,5s,3', '2h,75s,10', '7200s,75s,9']) {
    const parsed = parseKeepAliveTimes(text)
    if (!parsed.ok) throw new Error(parsed.error)
    const again = parseKeepAliveTimes(formatKeepAliveTimes(parsed.times))
    expect(again.ok && sameKeepAliveTimes(again.times, parsed.times)).toBe(true)
  }
  expect(formatKeepAliveTimes({ idleMs: 7_200_000, intervalMs: 75_000, probes: 9 })).toBe('2h,75s,9')
})

test('times carried into OPENs and set-up TCBs, and found again in a list of actions', () => {
  const times = { idleMs: 10_000, intervalMs: 5_000, probes: 3 }
  const tcb = referenceTcb('ESTABLISHED', 'server', LINUX_PROFILE, { keepAlive: true })
  const actions: SimAction[] = [{ type: 'set_tcb', host: 'server', tcb }, { type: 'listen', host: 'server' }, { type: 'crash', host: 'client' }]
  const carried = actions.map((a) => withKeepAliveTimes(a, times))
  expect(carried[0]).toMatchObject({ tcb: { keepAlive: true, keepAliveTimes: times } })
  expect(carried[1]).toEqual({ type: 'listen', host: 'server', keepAliveTimes: times })
  expect(carried[2]).toBe(actions[2])
  expect(keepAliveTimesIn(actions)).toBeNull()
  expect(keepAliveTimesIn(carried)).toEqual(times)
})

test('a host remembers the keep-alive times of its OPEN and listens with them again after a reboot', () => {
  const times = { idleMs: 10_000, intervalMs: 5_000, probes: 3 }
  let sim = applyActions(createSimulation({ profile: 'linux' }), [
    { type: 'listen', host: 'server', keepAlive: true, keepAliveTimes: times },
    { type: 'connect', host: 'client' },
    { type: 'run' },
  ])
  expect(sim.hosts.server.timers.keepalive?.duration).toBe(10_000)
  expect(sim.hosts.client.timers.keepalive).toBeNull()
  sim = applyActions(sim, [{ type: 'crash', host: 'server' }, { type: 'reboot', host: 'server', listen: true }])
  expect(hostState(sim, 'server')).toBe('LISTEN')
  expect(sim.hosts.server.tcb?.keepAliveTimes).toEqual(times)
})

test('a dead peer is given up after the connection\'s own probes: 10 s idle, 5 s apart, 3 probes, closed at 25 s', () => {
  const times = { idleMs: 10_000, intervalMs: 5_000, probes: 3 }
  const tcb = (host: 'client' | 'server') => referenceTcb('ESTABLISHED', host, LINUX_PROFILE, { keepAlive: host === 'server', keepAliveTimes: times })
  const sim = applyActions(createSimulation({ profile: 'linux' }), [
    { type: 'set_tcb', host: 'client', tcb: tcb('client') },
    { type: 'set_tcb', host: 'server', tcb: tcb('server') },
    { type: 'crash', host: 'client' },
    { type: 'advance', ms: 60_000 },
  ])
  const probes = sim.trace.filter((e) => e.type === 'segment_sent' && e.reason === 'keepalive_probe').map((e) => e.time)
  expect(probes).toEqual([10_000, 15_000, 20_000])
  expect(sim.trace.find((e) => e.type === 'state_change' && e.host === 'server' && e.to === 'CLOSED')?.time).toBe(25_000)
})
