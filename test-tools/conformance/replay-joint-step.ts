/**
 * Replaying scenarios, a step about both hosts at once (`from: "both"`): a timer that expires on
 * the client and the server at the same instant, or the same user call on both. Each host's
 * segment is claimed and given its fate client first, so the outcome has a stable order.
 */
import { hostState } from '../../lib/sim/simulation'
import type { HostId } from '../../lib/sim/types'
import { CaseError, num, str, type Json } from './case-json'
import { TIMER_EVENTS } from './build-event'
import { hostExpectation, isDuplicate, isHeld, isLost } from './read-steps'
import {
  act,
  claim,
  crashHostsShownDown,
  impliedSend,
  rebootHostsShownUp,
  segmentById,
  userAction,
  type Runner,
  type Script,
} from './replay-runner'
import type { HostPart, StepOutcome } from './replay-step'
import { fireTimers } from './replay-timers'

/** Gives a claimed segment the fate the step names: lost, duplicated, held, or (a transfer) delivered. */
function giveFate(r: Runner, segmentId: number, fate: string | undefined, step: Json, transfer: boolean): void {
  if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
  else if (isDuplicate(fate)) {
    const copy = r.sim.channel.nextSegmentId
    act(r, { type: 'fate', segmentId, fate: 'duplicate' })
    r.copies.set(segmentId, copy)
    if (transfer) act(r, { type: 'fate', segmentId, fate: 'deliver' })
  } else if (transfer && !isHeld(step, fate)) act(r, { type: 'fate', segmentId, fate: 'deliver' })
}

/**
 * Runs a step about both `hosts` (client first): fires the step's timer on both (a `timer` step, or
 * a timer named as `trigger`) until each has expired, or makes the `trigger`/user call on each; then
 * claims each host's segment the step expects (`hostExpectation`), and for a transfer delivers them
 * client first unless lost or held. Segments are recorded as `n/client` and `n/server` for `of`.
 */
export function runJointStep(r: Runner, step: Json, script: Script, index: number, type: string, hosts: ReadonlyArray<HostId>): { outcome: StepOutcome; hasSegment: boolean } {
  const label = `step ${String(step.n ?? index + 1)}`
  if (type === 'deliver') throw new CaseError(`${label}: a delivery is of one segment, so from one host`)
  if (type !== 'reboot' && type !== 'crash') rebootHostsShownUp(r, step, script, index)
  const trigger = str(step.trigger)
  const t = num(step.t)
  if (((trigger && !TIMER_EVENTS[trigger]) || type === 'user') && t !== undefined && t * 1000 > r.sim.time) act(r, { type: 'advance', ms: t * 1000 - r.sim.time })
  const known = new Set([...r.unclaimed.client, ...r.unclaimed.server])
  const timerEvent = type === 'timer' ? (str(step.event) ?? str(step.timer) ?? '') : trigger && TIMER_EVENTS[trigger] ? trigger : undefined
  let timerTimes = new Map<HostId, number>()
  if (timerEvent !== undefined) timerTimes = fireTimers(r, hosts, timerEvent, label)
  else if (trigger) for (const h of hosts) act(r, userAction(trigger, h, step, script, index))
  else if (type === 'user') {
    const call = str(step.event) ?? str(step.call)
    if (!call) throw new CaseError(`${label}: a user step needs "event"`)
    for (const h of hosts) act(r, userAction(call, h, step, script, index))
  } else if (type === 'crash' || type === 'reboot') for (const h of hosts) act(r, userAction(type, h, step, script, index + 1))
  else if (type === 'wait') act(r, { type: 'advance', ms: t !== undefined ? Math.max(0, t * 1000 - r.sim.time) : (num(step.ms) ?? (num(step.seconds) ?? 0) * 1000) })
  const transfer = type === 'xfer'
  const parts: HostPart[] = []
  const claimed: Array<{ id: number; fate: string | undefined }> = []
  for (const host of hosts) {
    const want = hostExpectation(step, host)
    const flags = str(want.flags)
    let segmentId: number | null = null
    if (flags && (type === 'xfer' || type === 'send')) {
      const bytes = impliedSend(r, { ...want, trigger: step.trigger }, host)
      if (bytes !== undefined) act(r, { type: 'send', host, bytes })
    }
    if (flags) segmentId = claim(r, host, step.optional === true, flags)
    if (segmentId !== null) {
      claimed.push({ id: segmentId, fate: str(want.fate) })
      const n = num(step.n)
      if (n !== undefined) r.byStep.set(`${n}/${host}`, segmentId)
    }
    parts.push({
      host,
      segment: segmentId === null ? null : (segmentById(r, segmentId) ?? null),
      segmentTime: segmentId === null ? null : (r.sentAt.get(segmentId) ?? null),
      timerTime: timerTimes.get(host) ?? null,
    })
  }
  // Both segments are on the wire before either arrives: they cross.
  for (const c of claimed) giveFate(r, c.id, c.fate, step, transfer)
  crashHostsShownDown(r, step)
  const taken = new Set(claimed.map((c) => c.id))
  const extra = [...r.unclaimed.client, ...r.unclaimed.server]
    .filter((id) => !known.has(id) && !taken.has(id))
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const s = segmentById(r, id)
      return s ? [s] : []
    })
  const outcome: StepOutcome = {
    client: hostState(r.sim, 'client'),
    server: hostState(r.sim, 'server'),
    segment: null,
    segmentTime: null,
    timerTime: null,
    extra,
    joint: parts,
  }
  return { outcome, hasSegment: parts.some((p) => p.segment !== null) || hosts.some((h) => str(hostExpectation(step, h).flags) !== undefined) }
}
