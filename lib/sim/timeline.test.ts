import fc from 'fast-check'
import { expect, test } from 'vitest'
import { applyAction, applyActions, createSimulation, isQuiescent } from './simulation'
import { moveArb, profileArb, toAction, type Move } from './moves.testkit'
import { buildTimeline, createTimeScale, createTimelineBuilder, eventTimes } from './timeline'
import type { SimState } from './types'

test('time maps linearly with a minimum step between events', () => {
  const { yOf, gaps } = createTimeScale([100, 200], { pxPerMs: 0.5, minStepPx: 24, topPx: 40 })
  expect(yOf(0)).toBe(40)
  expect(yOf(100)).toBe(90)
  expect(yOf(150)).toBe(115)
  expect(yOf(200)).toBe(140)
  expect(gaps).toEqual([])
})

test('long idle gaps are compressed and reported', () => {
  const { yOf, gaps, height } = createTimeScale([100, 7_200_000], { pxPerMs: 0.5, gapThresholdMs: 2000, gapPx: 40, topPx: 40 })
  expect(gaps).toEqual([{ from: 100, to: 7_200_000, y1: 90, y2: 130 }])
  expect(yOf(7_200_000)).toBe(130)
  expect(height).toBe(170)
})

test('a handshake becomes three arrows sloping from lane to lane with both notations', () => {
  const sim = applyActions(createSimulation(), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }, { type: 'run' }])
  const tl = buildTimeline(sim)
  expect(tl.arrows.map((a) => [a.from, a.to, a.fate, a.label.rfc])).toEqual([
    ['client', 'server', 'delivered', '<SEQ=100><CTL=SYN>'],
    ['server', 'client', 'delivered', '<SEQ=300><ACK=101><CTL=SYN,ACK>'],
    ['client', 'server', 'delivered', '<SEQ=101><ACK=301><CTL=ACK>'],
  ])
  expect(tl.arrows[1]?.label.textbook).toBe('SYN=1, ACK=1, seq=300, ack=101')
  for (const a of tl.arrows) expect(a.y2).toBeGreaterThan(a.y1)
  expect(tl.states.filter((s) => s.host === 'server').map((s) => s.state)).toEqual(['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'])
  expect(tl.timers.map((t) => [t.host, t.timer, t.end])).toEqual([
    ['client', 'retransmission', 'cancelled'],
    ['server', 'retransmission', 'cancelled'],
  ])
})

test('a dropped segment ends where it was dropped and held ones stay open', () => {
  const sim = applyActions(createSimulation({ channel: { mode: 'manual' } }), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'fate', segmentId: 1, fate: 'duplicate' },
    { type: 'fate', segmentId: 1, fate: 'drop' },
  ])
  const tl = buildTimeline(sim)
  expect(tl.arrows.map((a) => [a.id, a.fate, a.copyOf])).toEqual([[1, 'dropped', null], [2, 'held', 1]])
})

/** The time scale's definition, by a linear scan: the binary search must agree with it everywhere. */
function referenceYOf(times: ReadonlyArray<number>, o: { pxPerMs: number; gapThresholdMs: number; gapPx: number; minStepPx: number; topPx: number }) {
  const sorted = [...new Set([0, ...times])].sort((a, b) => a - b)
  const ys = [o.topPx]
  for (let i = 1; i < sorted.length; i++) {
    const dt = sorted[i]! - sorted[i - 1]!
    ys.push(ys[i - 1]! + (dt > o.gapThresholdMs ? o.gapPx : Math.max(o.minStepPx, dt * o.pxPerMs)))
  }
  return (t: number): number => {
    if (t <= sorted[0]!) return ys[0]!
    for (let i = 1; i < sorted.length; i++) {
      if (t <= sorted[i]!) return ys[i - 1]! + ((t - sorted[i - 1]!) / (sorted[i]! - sorted[i - 1]!)) * (ys[i]! - ys[i - 1]!)
    }
    return ys[ys.length - 1]! + (t - sorted[sorted.length - 1]!) * o.pxPerMs
  }
}

test('the time scale agrees with a linear scan at, between, before and after event times', () => {
  const options = { pxPerMs: 0.8, gapThresholdMs: 300, gapPx: 80, minStepPx: 30, topPx: 76 }
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 40 }), fc.array(fc.integer({ min: -50, max: 11_000 }), { maxLength: 20 }), (times, probes) => {
      const { yOf } = createTimeScale(times, options)
      const ref = referenceYOf(times, options)
      for (const t of [...times, ...probes, ...times.map((x) => x + 1), ...times.map((x) => x - 1)]) expect(yOf(t)).toBeCloseTo(ref(t), 9)
    }),
  )
})

test('a long transfer mid-flight: arrows are ordered, delivered ones slope down, labels are formatted once', () => {
  let sim = applyActions(createSimulation(), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'send', host: 'client', bytes: 50_000 },
  ])
  for (let i = 0; i < 60 && !isQuiescent(sim); i++) sim = applyAction(sim, { type: 'step' })
  const tl = buildTimeline(sim)
  expect(tl.arrows.length).toBeGreaterThan(10)
  expect(tl.arrows.map((a) => a.id)).toEqual([...tl.arrows.map((a) => a.id)].sort((a, b) => a - b))
  for (const a of tl.arrows) if (a.fate === 'delivered') expect(a.y2).toBeGreaterThan(a.y1)
  expect(tl.arrows.some((a) => a.fate === 'in_flight')).toBe(true)
  // The same segment gets the same label object on a rebuild (formatted once, not per frame).
  expect(buildTimeline(sim).arrows[0]!.label).toBe(tl.arrows[0]!.label)
})

test('a copy keeps its own fate when the original is later delivered', () => {
  const sim = applyActions(createSimulation({ channel: { mode: 'manual' } }), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'fate', segmentId: 1, fate: 'duplicate' },
    { type: 'fate', segmentId: 1, fate: 'deliver' },
  ])
  const tl = buildTimeline(sim)
  expect(tl.arrows.find((a) => a.id === 1)?.fate).toBe('delivered')
  expect(tl.arrows.find((a) => a.id === 2)).toMatchObject({ fate: 'held', copyOf: 1, endAt: sim.time })
})

/** A timeline without its scale function, which toEqual would compare by identity. */
function viewOf(timeline: ReturnType<typeof buildTimeline>) {
  const { yOf, ...rest } = timeline
  return { ...rest, probes: [0, 50, 1000, 99_999].map(yOf) }
}

/** What the widget feeds a builder: the next state, an earlier one (Back, Reset), or part of a burst. */
type Feed = { kind: 'move'; move: Move } | { kind: 'back'; by: number; unseen: boolean } | { kind: 'partial'; keep: number }
const feedArb: fc.Arbitrary<Feed> = fc.oneof(
  { weight: 6, arbitrary: moveArb.map((move): Feed => ({ kind: 'move', move })) },
  { weight: 3, arbitrary: fc.constant<Feed>({ kind: 'move', move: { kind: 'action', action: { type: 'step' } } }) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(6), fc.boolean()).map(([by, unseen]): Feed => ({ kind: 'back', by, unseen })) },
  { weight: 1, arbitrary: fc.nat(40).map((keep): Feed => ({ kind: 'partial', keep })) },
)

test('a builder fed successive states, Back and partial bursts gives what a fresh build gives', () => {
  const options = { pxPerMs: 0.8, gapThresholdMs: 300, gapPx: 80, minStepPx: 30, topPx: 76 }
  fc.assert(
    fc.property(profileArb, fc.integer({ min: 1, max: 1000 }), fc.array(feedArb, { maxLength: 40 }), (profile, seed, feeds) => {
      const build = createTimelineBuilder(options)
      let earlier: { timeline: ReturnType<typeof buildTimeline>; probes: number[]; ys: number[] } | null = null
      const history: SimState[] = [applyActions(createSimulation({ profile, seed }), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])]
      for (const feed of feeds) {
        let shown = history[history.length - 1]!
        if (feed.kind === 'move') {
          const action = toAction(shown, feed.move)
          if (!action) continue
          shown = applyAction(shown, action)
          history.push(shown)
        } else if (feed.kind === 'back') {
          history.splice(Math.max(1, history.length - feed.by))
          shown = history[history.length - 1]!
          // A render may be skipped: the builder then first sees a later state of another branch.
          if (feed.unseen) continue
        } else {
          shown = { ...shown, trace: shown.trace.slice(0, feed.keep % (shown.trace.length + 1)) }
        }
        const built = build(shown)
        expect(viewOf(built)).toEqual(viewOf(buildTimeline(shown, options)))
        // The scale the builder grows from one state to the next is the one made from all the
        // state's times at once, at every time it passes through and between them.
        const reference = createTimeScale(eventTimes(shown.trace, shown.time), options)
        const probes = [...new Set(eventTimes(shown.trace, shown.time))].flatMap((t) => [t, t + 0.5, t + 333])
        expect(probes.map(built.yOf)).toEqual(probes.map(reference.yOf))
        expect(built.height).toBe(reference.height)
        expect(built.gaps).toEqual(reference.gaps)
        // A timeline handed out earlier still maps time as it did when it was built.
        if (earlier) expect(earlier.probes.map(earlier.timeline.yOf)).toEqual(earlier.ys)
        earlier = { timeline: built, probes, ys: probes.map(built.yOf) }
      }
    }),
    { seed: 20261130, numRuns: 300 },
  )
})

test('settled arrows, state labels and ended timers are the same objects on the next build', () => {
  let sim = applyActions(createSimulation(), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'send', host: 'client', bytes: 20_000 },
  ])
  for (let i = 0; i < 30; i++) sim = applyAction(sim, { type: 'step' })
  const build = createTimelineBuilder()
  const before = build(sim)
  const after = build(applyAction(sim, { type: 'step' }))
  const settled = before.arrows.filter((a) => a.fate === 'delivered' || a.fate === 'dropped')
  expect(settled.length).toBeGreaterThan(5)
  for (const a of settled) expect(after.arrows.find((b) => b.id === a.id)).toBe(a)
  for (const [i, s] of before.states.entries()) expect(after.states[i]).toBe(s)
  for (const t of before.timers.filter((t) => t.end !== 'running')) expect(after.timers).toContain(t)
})

test('settledArrows counts the arrows before the first open one, whatever the build read before', () => {
  let sim = applyActions(createSimulation(), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'send', host: 'client', bytes: 20_000 },
  ])
  const build = createTimelineBuilder()
  const counts: number[] = []
  for (let i = 0; i < 40; i++) {
    sim = applyAction(sim, { type: 'step' })
    const tl = build(sim)
    const firstOpen = tl.arrows.findIndex((a) => a.fate === 'in_flight' || a.fate === 'held')
    expect(tl.settledArrows).toBe(firstOpen < 0 ? tl.arrows.length : firstOpen)
    expect(buildTimeline(sim).settledArrows).toBe(tl.settledArrows)
    counts.push(tl.settledArrows)
  }
  // It grows as segments land, and an open segment holds back the ones after it.
  expect(Math.max(...counts)).toBeGreaterThan(10)
  expect(counts.some((n, i) => i > 0 && n === counts[i - 1])).toBe(true)
})
