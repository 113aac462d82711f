import { expect, test } from 'vitest'
import { applyActions, createSimulation, hostState, recordingOf, replay } from '@/lib/sim'
import { runScenario, scenarioIds, getScenario } from '@/lib/scenarios'
import { actFrame, canStep, initialFrame, onScript, operate, restoreFrames, shouldKeepPlaying, skipFrame, skipTarget, stepFrame, type Frame, type SimulatorSetup } from './driver'

function setupFor(id: string): SimulatorSetup {
  const scenario = getScenario(id)!
  return { scenarioId: id, profile: scenario.profile, variant: scenario.variant }
}

function stepAll(frame: Frame, setup: SimulatorSetup, limit = 500, scriptOnly = false): Frame[] {
  const frames = [frame]
  for (let i = 0; i < limit; i++) {
    if (scriptOnly && !onScript(frames[frames.length - 1]!, setup)) break
    const next = stepFrame(frames[frames.length - 1]!, setup)
    if (!next) break
    frames.push(next.frame)
  }
  return frames
}

const states = (frame: Frame) => [hostState(frame.sim, 'client'), hostState(frame.sim, 'server')]

test('stepping the three-way handshake shows one event per Step', () => {
  const setup = setupFor('three-way-handshake')
  const frames = stepAll(initialFrame(setup), setup)
  expect(frames.map(states)).toEqual([
    ['CLOSED', 'LISTEN'],
    ['SYN-SENT', 'LISTEN'],
    ['SYN-SENT', 'SYN-RECEIVED'],
    ['ESTABLISHED', 'SYN-RECEIVED'],
    ['ESTABLISHED', 'ESTABLISHED'],
  ])
  const last = frames[frames.length - 1]!
  expect(canStep(last, setup)).toBe(false)
  expect(shouldKeepPlaying(last, setup)).toBe(false)
})

test.each(scenarioIds)('stepping scenario %s to the end reaches the same states as running its script', (id) => {
  const scenario = getScenario(id)!
  const setup = setupFor(id)
  const frames = stepAll(initialFrame(setup), setup, 2000, true)
  const last = frames[frames.length - 1]!
  const expected = runScenario(scenario)
  expect(states(last)).toEqual([hostState(expected, 'client'), hostState(expected, 'server')])
  expect(last.sim.time).toBe(expected.time)
})

test('a blank simulation starts with two CLOSED hosts and nothing to step', () => {
  const setup: SimulatorSetup = { scenarioId: null, profile: 'rfc', variant: 'standard' }
  const frame = initialFrame(setup)
  expect(states(frame)).toEqual(['CLOSED', 'CLOSED'])
  expect(canStep(frame, setup)).toBe(false)
})

test('a learner action leaves the script', () => {
  const setup = setupFor('four-way-close')
  const frame = actFrame(initialFrame(setup), { type: 'abort', host: 'server' }).frame
  expect(frame.cursor).toBeNull()
})

test('skip ahead while the script waits keeps the script going', () => {
  const setup = setupFor('keepalive-dead-peer-linux')
  const crashed = stepFrame(initialFrame(setup), setup)!.frame
  const skipped = skipFrame(crashed, setup)!.frame
  expect(skipped.cursor).not.toBeNull()
  expect(skipped.sim.time).toBe(7_200_000)
})

test('a recording restores every frame with its script position', () => {
  const setup = setupFor('lost-final-ack')
  const frames = stepAll(initialFrame(setup), setup)
  const middle = frames[5]!
  const withFate = actFrame(middle, { type: 'send', host: 'server', bytes: 10 }).frame
  const recording = recordingOf(withFate.sim, 'lost-final-ack')
  const restored = restoreFrames(recording)!
  expect(restored.frames).toHaveLength(6)
  expect(restored.frames[4]).toEqual(frames[5])
  expect(restored.frames[5]!.sim).toEqual(replay(recording))
  expect(restored.frames[5]!.cursor).toBeNull()
})

test('a recording of a blank simulation restores', () => {
  const setup: SimulatorSetup = { scenarioId: null, profile: 'linux', variant: 'standard' }
  let frame = initialFrame(setup)
  frame = actFrame(frame, { type: 'listen', host: 'server' }).frame
  frame = actFrame(frame, { type: 'connect', host: 'client' }).frame
  frame = stepFrame(frame, setup)!.frame
  const restored = restoreFrames(recordingOf(frame.sim))!
  expect(restored.setup).toEqual(setup)
  expect(restored.frames).toHaveLength(3)
  expect(restored.frames[2]!.sim).toEqual(frame.sim)
})

test.each(scenarioIds)('any recording of scenario %s restores to exactly the recorded simulation', (id) => {
  const scenario = getScenario(id)!
  for (let k = 0; k <= scenario.script.length; k++) {
    const recording = recordingOf(runScenario(scenario, k), id)
    const restored = restoreFrames(recording)!
    const last = restored.frames[restored.frames.length - 1] ?? restored.initial
    expect(last.sim).toEqual(replay(recording))
  }
})

test('own keep-alive times reach the scenario\'s set-up TCBs: the 2-hour dead-peer run gives up after 25 s', () => {
  const setup: SimulatorSetup = { ...setupFor('keepalive-dead-peer-linux'), keepAliveTimes: { idleMs: 10_000, intervalMs: 5_000, probes: 3 } }
  const frames = stepAll(initialFrame(setup), setup, 100, true)
  const last = frames[frames.length - 1]!
  expect(states(last)).toEqual([null, 'CLOSED'])
  const probes = last.sim.trace.filter((e) => e.type === 'segment_sent' && e.reason === 'keepalive_probe').map((e) => e.time)
  expect(probes).toEqual([10_000, 15_000, 20_000])
})

test('own keep-alive times ride on the learner\'s OPENs, and a link restores them', () => {
  const times = { idleMs: 20_000, intervalMs: 10_000, probes: 4 }
  const setup: SimulatorSetup = { scenarioId: null, profile: 'textbook', variant: 'standard', keepAliveTimes: times }
  let frame = initialFrame(setup)
  for (const action of [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }] as const) {
    frame = operate(frame, setup, { type: 'action', action })!.frame
  }
  expect(frame.sim.hosts.server.tcb?.keepAliveTimes).toEqual(times)
  const restored = restoreFrames(recordingOf(frame.sim))!
  expect(restored.setup).toEqual(setup)
  expect(restored.frames.at(-1)!.sim).toEqual(frame.sim)
})

test('a link to a scenario run with own keep-alive times restores them; one without does not invent them', () => {
  const setup: SimulatorSetup = { ...setupFor('keepalive-rebooted-peer'), keepAliveTimes: { idleMs: 10_000, intervalMs: 5_000, probes: 3 } }
  const frames = stepAll(initialFrame(setup), setup, 100, true)
  const restored = restoreFrames(recordingOf(frames.at(-1)!.sim, 'keepalive-rebooted-peer'))!
  expect(restored.setup).toEqual(setup)
  expect(restored.frames.at(-1)).toEqual(frames.at(-1))
  // The short scenarios carry their own times in their set-up: that is the scenario, not an override.
  const own = setupFor('keepalive-live-peer')
  expect(restoreFrames(recordingOf(runScenario(getScenario('keepalive-live-peer')!), 'keepalive-live-peer'))!.setup).toEqual(own)
})

test('Skip ahead waits while a segment would arrive before the timer, then goes to that timer', () => {
  const setup = setupFor('three-way-handshake')
  const [, synSent] = stepAll(initialFrame(setup), setup, 1)
  // The SYN is in flight and the client's retransmission timer runs: the SYN,ACK would stop it.
  expect(skipTarget(synSent!.sim)).toBeNull()
  expect(skipFrame(synSent!, setup)).toBeNull()

  const syn = synSent!.sim.channel.inFlight[0]!
  const dropped = actFrame(synSent!, { type: 'fate', segmentId: syn.id, fate: 'drop' }).frame
  const timer = skipTarget(dropped.sim)
  expect(timer).toMatchObject({ host: 'client', timer: 'retransmission' })
  const skipped = skipFrame(dropped, setup)!.frame
  expect(skipped.sim.time).toBe(timer!.time)
  // The timer fired: the SYN went again and the client still waits for an answer.
  expect(skipped.sim.trace.filter((e) => e.type === 'segment_sent' && e.from === 'client')).toHaveLength(2)
  expect(hostState(skipped.sim, 'client')).toBe('SYN-SENT')
})

test('a blank simulator restores a recording made with its own ISS and delay (an imported capture), one frame per action', () => {
  const sim = applyActions(createSimulation({ profile: 'linux', iss: { client: 2234749921, server: 1168286007 }, channel: { delayMs: 0.005 } }), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'run' },
  ])
  const restored = restoreFrames(recordingOf(sim))!
  expect(restored.setup.scenarioId).toBeNull()
  expect(restored.initial.sim.config.iss).toEqual({ client: 2234749921, server: 1168286007 })
  expect(restored.frames.at(-1)!.sim.trace).toEqual(sim.trace)
})

test('a widget’s own delayed-ACK setting reaches the engine and survives a shared link', () => {
  const linux: SimulatorSetup = { ...setupFor('whole-lifecycle'), profile: 'linux' }
  const off: SimulatorSetup = { ...linux, delayedAckMs: null }
  const ackOfFin = (setup: SimulatorSetup) => {
    const last = stepAll(initialFrame(setup), setup).at(-1)!
    const fin = last.sim.trace.find((e) => e.type === 'segment_sent' && e.from === 'client' && e.segment.flags.fin)!
    const arrived = last.sim.trace.find((e) => e.type === 'segment_delivered' && e.id === (fin.type === 'segment_sent' ? fin.id : -1))!
    const ack = last.sim.trace.find((e) => e.type === 'segment_sent' && e.from === 'server' && e.time >= arrived.time)!
    return { delay: ack.time - arrived.time, last }
  }
  expect(ackOfFin(linux).delay).toBe(40)
  const { delay, last } = ackOfFin(off)
  expect(delay).toBe(0)
  const restored = restoreFrames(recordingOf(last.sim, 'whole-lifecycle'))!
  expect(restored.setup).toEqual(off)
  expect(restored.frames.at(-1)!.sim).toEqual(last.sim)
})
