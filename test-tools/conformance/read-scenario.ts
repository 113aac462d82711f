/**
 * Reading cases, the scenario set-up: each host's starting state and TCB (from `initial`, `tcb`,
 * the prose and the steps), its ISS, and which hosts run keep-alive.
 */
import type { HostId } from '../../lib/sim/types'
import type { Profile, Tcb, TcpState } from '../../lib/tcp/types'
import { CaseError, isObject, str, type Json } from './case-json'
import { parseInitial } from './read-names'
import { sendStartFromData, upcomingIss } from './read-steps'
import { parseTcbValues, tcbFromValues } from './read-tcb'

const KEEPALIVE_WORDS = /keep[- _]?alive/i

/**
 * Pure. The hosts whose keep-alive a scenario exercises (keep-alive is per connection and off by
 * default, RFC 1122 4.2.3.6 / RFC 9293 3.8.4): an explicit `keepalive`/`keep_alive` field (a host,
 * a list, `both`, true); else the `from` of keep-alive timer steps and of steps whose note speaks of
 * a keep-alive probe, and hosts named as in "[server timer: keepalive_idle]" or "keep-alive on the
 * server"; else, if the case only mentions keep-alive, the server (the textbook's keep-alive side).
 */
export function keepAliveHosts(sc: Json): Record<HostId, boolean> {
  const on: Record<HostId, boolean> = { client: false, server: false }
  const explicit = sc.keepalive ?? sc.keep_alive ?? sc.keepAlive
  if (explicit !== undefined) {
    const list: unknown[] = Array.isArray(explicit) ? explicit : [explicit]
    for (const x of list) {
      if (x === true || x === 'both') on.client = on.server = true
      else if (x === 'client' || x === 'server') on[x] = true
    }
    return on
  }
  const steps = Array.isArray(sc.steps) ? sc.steps.filter(isObject) : []
  for (const step of steps) {
    const from = step.from === 'client' || step.from === 'server' ? step.from : undefined
    const text = `${str(step.note) ?? ''} ${str(step.notes) ?? ''}`
    if (from && (KEEPALIVE_WORDS.test(str(step.event) ?? '') || KEEPALIVE_WORDS.test(str(step.timer) ?? ''))) on[from] = true
    if (from && step.type !== 'deliver' && /keep[- _]?alive probe|probe \d+\s*\//i.test(text)) on[from] = true
    for (const m of text.matchAll(/\b(client|server)\s+timer:\s*keep[- _]?alive/gi)) on[m[1]!.toLowerCase() as HostId] = true
  }
  if (on.client || on.server) return on
  const text = ['id', 'title', 'note', 'notes', 'ref'].map((k) => str(sc[k]) ?? '').join(' ')
  if (!KEEPALIVE_WORDS.test(text)) return on
  for (const m of text.matchAll(/\b(client|server)(?:'s)?\s+keep[- _]?alive|keep[- _]?alive\s+(?:on|at|of|by|from)\s+(?:the\s+)?(client|server)/gi)) {
    on[(m[1] ?? m[2])!.toLowerCase() as HostId] = true
  }
  if (!on.client && !on.server) on.server = true
  return on
}

/** Pure. ISS numbers a scenario's prose gives: "A's ISS 400", "client ISS=100", "B ISS is 300". */
export function issFromProse(sc: Json): Partial<Record<HostId, number>> {
  const out: Partial<Record<HostId, number>> = {}
  const text = ['title', 'note', 'notes', 'ref', 'description'].map((k) => str(sc[k]) ?? '').join(' ')
  for (const m of text.matchAll(/\b(A|B|client|server)(?:'s)?\s+(?:initial sequence number|ISS)\s*(?:=|:|is|of)?\s*(\d+)/gi)) {
    const host: HostId = /^(a|client)$/i.test(m[1]!) ? 'client' : 'server'
    out[host] ??= Number(m[2]) >>> 0
  }
  return out
}


/** How a scenario starts on one host: its state (null = down), its TCB, and the ISS of its next OPEN. */
export type HostStart = { state: TcpState | null; tcb: Tcb | null; iss: number | undefined }

/**
 * Pure. Each host's start: the state from `initial` (CLOSED when absent), the TCB from the TCB
 * texts (`tcb`, text after the state in `initial`); with no ISS, SND.NXT or SND.UNA there, the ISS
 * is the seq of the host's upcoming SYN (SYN-SENT) or the prose's number, else SND.NXT comes from
 * the host's first data step (`sendStartFromData`) and, when the peer's text gives no RCV.NXT or
 * IRS, the peer's RCV.NXT with it. A CLOSED or LISTEN host's ISS is the text's, its first SYN's, the
 * prose's, or its first data step's (less the SYN it must have sent).
 */
export function scenarioHosts(sc: Json, steps: ReadonlyArray<Json>, profile: Profile, keepAlive: Readonly<Record<HostId, boolean>>): Record<HostId, HostStart> {
  const initial = isObject(sc.initial) ? sc.initial : {}
  const tcbTexts = isObject(sc.tcb) ? sc.tcb : {}
  const prose = issFromProse(sc)
  const hosts = {} as Record<HostId, HostStart>
  const peerRcvNxt: Partial<Record<HostId, number>> = {}
  const rcvGiven: Partial<Record<HostId, boolean>> = {}
  const rebuild: Array<() => void> = []
  for (const host of ['client', 'server'] as const) {
    const parsed = parseInitial(initial[host])
    if (initial[host] !== undefined && !parsed) throw new CaseError(`initial ${host}: unknown state ${JSON.stringify(initial[host])}`)
    const state = parsed ? parsed.state : 'CLOSED'
    const tcbText = tcbTexts[host]
    const values = parseTcbValues(`${parsed?.text ?? ''} ${typeof tcbText === 'string' ? tcbText : isObject(tcbText) ? JSON.stringify(tcbText).replace(/[{}"]/g, ' ').replace(/:/g, '=') : ''}`)
    let tcb: Tcb | null = null
    let iss: number | undefined
    if (state !== null && state !== 'CLOSED' && state !== 'LISTEN') {
      if (values.ISS === undefined && values['SND.NXT'] === undefined && values['SND.UNA'] === undefined) {
        const fromSteps = state === 'SYN-SENT' ? upcomingIss(steps, 0, host) : undefined
        const guess = fromSteps ?? prose[host]
        if (guess !== undefined) values.ISS = guess
        else {
          const fromData = sendStartFromData(steps, host)
          if (fromData !== undefined) values['SND.NXT'] = peerRcvNxt[host === 'client' ? 'server' : 'client'] = fromData.sndNxt
        }
      }
      tcb = tcbFromValues(state, host, profile, values, { keepAlive: keepAlive[host] })
      iss = tcb.iss
      rcvGiven[host] = values['RCV.NXT'] !== undefined || values.IRS !== undefined
      rebuild.push(() => {
        const rcvNxt = peerRcvNxt[host]
        if (rcvNxt === undefined || rcvGiven[host] || state === 'SYN-SENT') return
        const t = tcbFromValues(state, host, profile, { ...values, 'RCV.NXT': rcvNxt }, { keepAlive: keepAlive[host] })
        hosts[host] = { state, tcb: t, iss: t.iss }
      })
    } else {
      const fromData = sendStartFromData(steps, host)
      const dataIss = fromData && (fromData.synCounted ? fromData.sndNxt : (fromData.sndNxt - 1) >>> 0)
      iss = values.ISS ?? upcomingIss(steps, 0, host) ?? prose[host] ?? dataIss
    }
    hosts[host] = { state, tcb, iss }
  }
  for (const apply of rebuild) apply()
  return hosts
}
