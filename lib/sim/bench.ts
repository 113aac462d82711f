/**
 * Engine throughput: how many events per second go through `transition` on a long seeded random
 * run. One step = one event through the reducer. Used by `npm run bench`; not a test.
 */
import { mulberry32 } from '../random'
import { LINUX_PROFILE, RFC_PROFILE } from '../tcp/profiles'
import { seqAdd } from '../tcp/seq'
import { transition } from '../tcp/transition'
import type { Segment, Tcb, TcpEvent, TransitionContext } from '../tcp/types'


/**
 * Reads only the clock it is given. After a warm-up, runs the same `steps` events `rounds` times
 * between two engines that pass segments to each other (with seeded loss, user calls and timer
 * expiries) and returns the steps per second of the fastest round and of the median one. The
 * fastest round is the one least slowed by other processes on the machine, so it is the engine's
 * own speed; the median shows how much the machine moved. `now` defaults to `performance.now`.
 */
export function measureEngineStepsPerSecond(options: { steps?: number; rounds?: number; warmupSteps?: number; seed?: number; now?: () => number } = {}): {
  steps: number
  rounds: number
  seconds: number
  stepsPerSecond: number
  medianStepsPerSecond: number
} {
  const warmup = options.warmupSteps ?? 300_000
  if (warmup > 0) runSteps(warmup, options.seed ?? 42)
  const steps = options.steps ?? 1_000_000
  const rounds = Math.max(1, options.rounds ?? 5)
  const now = options.now ?? (() => performance.now())
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    const start = now()
    runSteps(steps, options.seed ?? 42)
    times.push((now() - start) / 1000)
  }
  const rate = (seconds: number) => (seconds > 0 ? steps / seconds : Infinity)
  const sorted = [...times].sort((a, b) => a - b)
  return { steps, rounds, seconds: sorted[0]!, stepsPerSecond: rate(sorted[0]!), medianStepsPerSecond: rate(sorted[Math.floor(rounds / 2)]!) }
}

/** The random run itself: `steps` events through `transition` between two engines. */
function runSteps(steps: number, seed: number): void {
  const rand = mulberry32(seed)
  const tcbs: [Tcb | null, Tcb | null] = [null, null]
  const queues: [Segment[], Segment[]] = [[], []] // segments addressed to host 0 / host 1
  type MutableContext = { -readonly [K in keyof TransitionContext]: TransitionContext[K] }
  const ctxs: [MutableContext, MutableContext] = [
    { now: 0, profile: RFC_PROFILE, variant: 'standard', iss: 100 },
    { now: 0, profile: LINUX_PROFILE, variant: 'standard', iss: 300 },
  ]
  const timers = ['retransmission', 'time_wait', 'keepalive', 'delayed_ack'] as const
  for (let i = 0; i < steps; i++) {
    const h = rand() < 0.5 ? 0 : 1
    const r = rand()
    let event: TcpEvent
    const inbox = queues[h]
    if (inbox.length > 0 && r < 0.6) {
      event = { type: 'segment_arrives', segment: inbox.shift() as Segment }
    } else if (r < 0.7) {
      event = tcbs[h] === null ? { type: 'open', mode: h === 0 ? 'active' : 'passive' } : { type: 'send', bytes: 100 }
    } else if (r < 0.75) {
      event = { type: 'close' }
    } else if (r < 0.755) {
      event = { type: 'abort' }
    } else {
      event = { type: 'timeout', timer: timers[(r * 1000) & 3] as (typeof timers)[number] }
    }
    const ctx = ctxs[h]
    ctx.iss = seqAdd(ctx.iss, 1)
    const result = transition(tcbs[h], event, ctx)
    tcbs[h] = result.tcb
    const effects = result.effects
    for (let k = 0; k < effects.length; k++) {
      const e = effects[k]!
      if (e.type === 'send_segment' && rand() > 0.05) {
        const out = queues[h === 0 ? 1 : 0]
        if (out.length < 64) out.push(e.segment)
      }
    }
  }
}
