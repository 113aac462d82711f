/**
 * Replaying scenarios, one step: what a step of each type (`xfer`, `send`, `deliver`, `timer`,
 * `user`, `crash`, `reboot`, `wait`) does to the simulation, and the outcome the judge compares.
 */
import { hostState } from '../../lib/sim/simulation'
import type { Segment, TcpState } from '../../lib/tcp/types'
import { CaseError, num, str, type Json } from './case-json'
import { seg } from './build-segment'
import { TIMER_EVENTS } from './build-event'
import type { HostId } from '../../lib/sim/types'
import { other } from './read-names'
import { dataLen, isDuplicate, isHeld, isLost, isStale, STEP_TYPES, stepHosts } from './read-steps'
import { act, claim, crashHostsShownDown, findSegment, impliedSend, rebootHostsShownUp, segmentById, userAction, type Runner, type Script } from './replay-runner'
import { runJointStep } from './replay-joint-step'
import { fireTimers } from './replay-timers'

/** One host's part of a step about both hosts: its segment (null = none claimed), when it was sent, when its timer fired. */
export type HostPart = { host: HostId; segment: Segment | null; segmentTime: number | null; timerTime: number | null }

/**
 * What a step did: both hosts' states after it, the segment it is about (with its send time), the
 * timer's fire time, the receiver's other segments; for a step about both hosts, each host's part
 * in `joint` (client first).
 */
export type StepOutcome = {
  client: TcpState | null
  server: TcpState | null
  segment: Segment | null // the segment this step is about
  segmentTime: number | null
  timerTime: number | null
  extra: Segment[] // segments the receiver emitted during the step
  joint?: HostPart[]
}

/**
 * Runs one scenario step on the runner: reboots a host shown up again, makes the step's user call
 * or timer fire, claims (or injects) the step's segment and gives it its fate, crashes a host shown
 * down. Returns the outcome and whether the step is about a segment.
 */
export function runStep(r: Runner, step: Json, script: Script, index: number): { outcome: StepOutcome; hasSegment: boolean } {
  const rawType = str(step.type) ?? (str(step.event) && TIMER_EVENTS[str(step.event)!] ? 'timer' : str(step.flags) ? 'xfer' : undefined)
  const type = rawType ? STEP_TYPES[rawType.toLowerCase()] : undefined
  if (!type) throw new CaseError(`step ${String(step.n ?? index + 1)}: unknown step type ${JSON.stringify(step.type)}`)
  const hosts = stepHosts(step)
  if (hosts.length > 1) return runJointStep(r, step, script, index, type, hosts)
  const from = hosts[0]!
  const n = num(step.n)
  const flags = str(step.flags)
  const fate = str(step.fate)
  let segmentId: number | null = null
  let captured: Segment | null = null
  let segmentTime: number | null = null
  let timerTime: number | null = null
  const receiver = other(from)
  if (type !== 'reboot' && type !== 'crash') rebootHostsShownUp(r, step, script, index)
  const trigger = str(step.trigger)
  const t = num(step.t)
  // A user call happens at `t`; a timer trigger's `t` is when the timer fires, judged afterwards.
  if (((trigger && !TIMER_EVENTS[trigger]) || type === 'user') && t !== undefined && t * 1000 > r.sim.time) act(r, { type: 'advance', ms: t * 1000 - r.sim.time })
  const mark = r.unclaimed[receiver].length
  if (trigger && TIMER_EVENTS[trigger]) timerTime = fireTimers(r, [from], trigger, `step ${n}`).get(from) ?? null
  else if (trigger) act(r, userAction(trigger, from, step, script, index))
  /** The segment this step's host sent, as the step names it by its flags. */
  const claimSent = (flags: string) => {
    segmentId = claim(r, from, step.optional === true, flags)
    if (segmentId === null) return
    captured = segmentById(r, segmentId) ?? null
    segmentTime = r.sentAt.get(segmentId) ?? null
  }
  switch (type) {
    case 'xfer':
    case 'send': {
      if (isStale(step) && num(step.seq) !== undefined && flags) {
        segmentId = r.sim.channel.nextSegmentId
        act(r, { type: 'inject', from, segment: seg(num(step.seq)!, num(step.ack) ?? null, flags, dataLen(step) ?? 0) })
        captured = segmentById(r, segmentId) ?? null
        segmentTime = r.sim.time
        if (n !== undefined) r.byStep.set(n, segmentId)
        if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
        else if (type === 'xfer' && !isHeld(step, fate)) act(r, { type: 'fate', segmentId, fate: 'deliver' })
        break
      }
      const bytes = impliedSend(r, step, from)
      if (bytes !== undefined) act(r, { type: 'send', host: from, bytes })
      segmentId = claim(r, from, step.optional === true, flags)
      if (segmentId === null) break
      captured = segmentById(r, segmentId) ?? null
      segmentTime = r.sentAt.get(segmentId) ?? null
      if (n !== undefined) r.byStep.set(n, segmentId)
      if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
      else if (isDuplicate(fate)) {
        const before = r.sim.channel.nextSegmentId
        act(r, { type: 'fate', segmentId, fate: 'duplicate' })
        r.copies.set(segmentId, before)
        if (type === 'xfer') act(r, { type: 'fate', segmentId, fate: 'deliver' })
      } else if (type === 'xfer' && !isHeld(step, fate)) act(r, { type: 'fate', segmentId, fate: 'deliver' })
      break
    }
    case 'deliver': {
      const of = num(step.of)
      if (of !== undefined) {
        const original = r.byStep.get(`${of}/${from}`) ?? r.byStep.get(of)
        if (original === undefined) throw new CaseError(`step ${n}: "of": ${of} names no earlier segment`)
        const copy = r.copies.get(original)
        segmentId = findSegment(r, original) ? original : copy !== undefined && findSegment(r, copy) ? copy : null
        if (segmentId === null) throw new CaseError(`step ${n}: the segment of step ${of} is no longer in flight`)
      } else {
        const seq = num(step.seq)
        if (seq === undefined || !flags) throw new CaseError(`step ${n}: a stale segment needs flags and seq`)
        const ack = num(step.ack)
        const segment = seg(seq, ack ?? null, flags, dataLen(step) ?? 0)
        segmentId = r.sim.channel.nextSegmentId
        act(r, { type: 'inject', from, segment })
      }
      // Read the segment before it is delivered: a delivered duplicate copy leaves the channel for good.
      captured = segmentById(r, segmentId) ?? null
      segmentTime = r.sim.time
      if (n !== undefined) r.byStep.set(n, segmentId)
      if (isLost(fate)) act(r, { type: 'fate', segmentId, fate: 'drop' })
      else act(r, { type: 'fate', segmentId, fate: 'deliver' })
      break
    }
    case 'timer': {
      const event = str(step.event) ?? str(step.timer)
      if (!event || !TIMER_EVENTS[event]) throw new CaseError(`step ${n}: unknown timer event ${JSON.stringify(step.event)}`)
      timerTime = fireTimers(r, [from], event, `step ${n}`).get(from) ?? null
      if (flags) claimSent(flags)
      break
    }
    case 'user': {
      const call = str(step.event) ?? str(step.call)
      if (!trigger) {
        if (!call) throw new CaseError(`step ${n}: a user step needs "event"`)
        act(r, userAction(call, from, step, script, index))
      }
      if (flags) claimSent(flags)
      break
    }
    case 'crash':
    case 'reboot':
      if (!trigger) act(r, userAction(type, from, step, script, index + 1))
      break
    case 'wait': {
      const ms = num(step.ms) ?? (num(step.seconds) ?? 0) * 1000
      act(r, { type: 'advance', ms: t !== undefined ? Math.max(0, t * 1000 - r.sim.time) : ms })
      break
    }
    case 'none':
      break
  }
  crashHostsShownDown(r, step)
  const extraIds = r.unclaimed[receiver].slice(mark)
  const outcome: StepOutcome = {
    client: hostState(r.sim, 'client'),
    server: hostState(r.sim, 'server'),
    segment: captured,
    segmentTime,
    timerTime,
    extra: extraIds.flatMap((id) => {
      const s = segmentById(r, id)
      return s ? [s] : []
    }),
  }
  const hasSegment = type === 'xfer' || type === 'send' || type === 'deliver' || segmentId !== null
  return { outcome, hasSegment }
}
