/**
 * Writes a scenario in the text format (content/README.md, Scenarios) so that parsing the text
 * gives back the same scenario, and replaying it the same trace. Also turns a playground run (a
 * recording) into a scenario, for "Copy as scenario".
 */
import { DEFAULT_DELAY_MS, DEFAULT_ISS, hostState, replay } from '../sim/simulation'
import type { OpenOptions, SimAction, SimRecording } from '../sim/types'
import type { Scenario } from '../scenarios/types'
import { getProfile } from '../tcp/profiles'
import { isHypothetical } from '../tcp/variants'
import type { KeepAliveTimes, Label } from '../tcp/types'
import { formatDuration, formatSegment, formatState, wrapText } from './notation'
import { baseTcb, tcbFieldWords } from './tcb-line'
import type { Expectation } from './types'

const WIDTH = 100

/** Pure. The scenario as text; `expectations` (from a parsed file) are written back where they were. */
export function printScenario(scenario: Scenario, expectations: ReadonlyArray<Expectation> = []): string {
  const msl = scenario.options?.mslMs ?? getProfile(scenario.profile).mslMs
  const out: string[] = [`id: ${scenario.id}`]
  text(out, 'title.en', scenario.title.en)
  text(out, 'title.zh', scenario.title.zh)
  text(out, 'description.en', scenario.description.en)
  text(out, 'description.zh', scenario.description.zh)
  out.push(`profile: ${scenario.profile}`, `variant: ${scenario.variant}`)
  if (scenario.hypothetical) out.push('hypothetical: yes')
  out.push(...optionLines(scenario.options ?? {}))
  out.push(`end: client ${formatState(scenario.expected.client)}, server ${formatState(scenario.expected.server)}`)
  const expects = expectations.filter((e) => e.kind === 'segment' || e.source === 'expect')
  for (const section of ['setup', 'script'] as const) {
    const list = scenario[section]
    if (section === 'setup' && list.length === 0 && !expects.some((e) => e.at.section === 'setup')) continue
    out.push('', `${section}:`)
    for (let i = 0; i <= list.length; i++) {
      if (section === 'script') {
        for (const cp of scenario.checkpoints ?? []) {
          if (cp.afterAction === i) out.push(`checkpoint client ${formatState(cp.client)}, server ${formatState(cp.server)}`)
        }
      }
      for (const e of expects) if (e.at.section === section && e.at.actions === i) out.push(expectLine(e))
      if (i < list.length) out.push(printAction(list[i]!, scenario, msl))
    }
  }
  return `${out.join('\n')}\n`
}

/** A text value: on the key's line when it fits, else on indented lines below it (Chinese characters count double). */
function text(out: string[], key: string, value: string): void {
  const chinese = /[\u3000-\u9fff]/.test(value)
  if (key.length + 2 + value.length * (chinese ? 2 : 1) <= WIDTH) return void out.push(`${key}: ${value}`)
  const lines = wrapText(value, chinese ? WIDTH / 2 - 2 : WIDTH - 2)
  // An indented line that starts like a comment would be read as one: keep such a text on one line.
  if (lines.some((l) => /^(#(\s|$)|\/\/)/.test(l))) return void out.push(`${key}: ${value}`)
  out.push(`${key}:`, ...lines.map((l) => `  ${l}`))
}

function optionLines(o: NonNullable<Scenario['options']>): string[] {
  const lines: string[] = []
  if (o.seed !== undefined) lines.push(`seed: ${o.seed}`)
  if (o.iss && (o.iss.client !== undefined || o.iss.server !== undefined)) {
    const parts = (['client', 'server'] as const).flatMap((h) => (o.iss?.[h] === undefined ? [] : [`${h} ${o.iss[h]}`]))
    lines.push(`iss: ${parts.join(', ')}`)
  }
  const ch = o.channel ?? {}
  if (ch.mode !== undefined) lines.push(`mode: ${ch.mode}`)
  if (ch.delayMs !== undefined) lines.push(`delay: ${formatDuration(ch.delayMs)}`)
  if (ch.lossRate !== undefined) lines.push(`loss: ${ch.lossRate}`)
  if (ch.duplicateRate !== undefined) lines.push(`duplicate: ${ch.duplicateRate}`)
  if (o.delayedAckMs !== undefined) lines.push(`delayed-ack: ${o.delayedAckMs === null ? 'off' : formatDuration(o.delayedAckMs)}`)
  if (o.mslMs !== undefined && o.mslMs !== null) lines.push(`msl: ${formatDuration(o.mslMs)}`)
  return lines
}

function expectLine(e: Expectation): string {
  return e.kind === 'state' ? `expect ${e.host} ${formatState(e.state)}` : `expect ${e.host} > ${formatSegment(e.pattern)}`
}

function keepAliveWords(keepAlive: boolean | undefined, times: KeepAliveTimes | null | undefined): string[] {
  const words = keepAlive === undefined ? [] : [keepAlive ? 'keep-alive' : 'keep-alive off']
  if (times) words.push(`idle ${formatDuration(times.idleMs)} interval ${formatDuration(times.intervalMs)} count ${times.probes}`)
  return words
}

function openWords(o: OpenOptions): string[] {
  return [...(o.iss !== undefined ? [`iss ${o.iss}`] : []), ...keepAliveWords(o.keepAlive, o.keepAliveTimes)]
}

/** Pure. One action as one line of a `setup:` or `script:` section. */
export function printAction(action: SimAction, scenario: Pick<Scenario, 'profile'>, mslMs: number): string {
  const join = (...words: string[]) => words.filter((w) => w !== '').join(' ')
  switch (action.type) {
    case 'listen':
    case 'connect':
      return join(action.host, action.type, ...openWords(action))
    case 'send':
      return `${action.host} send ${action.bytes}`
    case 'close':
    case 'abort':
    case 'crash':
      return `${action.host} ${action.type}`
    case 'reboot':
      return join(action.host, 'reboot', action.listen ? 'listen' : '', action.iss !== undefined ? `iss ${action.iss}` : '')
    case 'set_tcb': {
      const tcb = action.tcb
      if (!tcb) return `${action.host} state CLOSED`
      const profileDefault = getProfile(scenario.profile).keepAlive.enabled
      const ka = { ...(tcb.keepAlive !== profileDefault ? { keepAlive: tcb.keepAlive } : {}), ...(tcb.keepAliveTimes ? { keepAliveTimes: tcb.keepAliveTimes } : {}) }
      const base = baseTcb(action.host, tcb.state, scenario.profile, ka)
      return join(action.host, 'state', tcb.state, ...keepAliveWords(ka.keepAlive, ka.keepAliveTimes), ...tcbFieldWords(base, tcb))
    }
    case 'fate':
    case 'fate_last': {
      const target = action.type === 'fate' ? `#${action.segmentId}` : action.from
      const delay = action.fate === 'delay' && action.delayMs !== undefined ? formatDuration(Math.max(0, action.delayMs)) : ''
      return join('network', action.fate, target, delay)
    }
    case 'inject': {
      const s = action.segment
      return `network inject ${action.from} ${formatSegment({ flags: s.flags, seq: s.seq, len: s.len, ack: s.flags.ack || s.ack !== 0 ? s.ack : null, win: s.wnd !== 0 ? s.wnd : null })}`
    }
    case 'step':
      return 'step'
    case 'skip_to_next_timer':
      return 'skip'
    case 'advance':
      return `wait ${formatDuration(Math.max(0, action.ms), mslMs)}`
    case 'run':
      return action.maxSteps === undefined ? 'run' : `run max ${action.maxSteps}`
    case 'configure_channel': {
      const parts: string[] = ['network channel']
      if (action.mode !== undefined) parts.push(`mode ${action.mode}`)
      if (action.delayMs !== undefined) parts.push(`delay ${formatDuration(Math.max(0, action.delayMs))}`)
      if (action.lossRate !== undefined) parts.push(`loss ${action.lossRate}`)
      if (action.duplicateRate !== undefined) parts.push(`duplicate ${action.duplicateRate}`)
      return parts.join(' ')
    }
    default: {
      const never: never = action
      throw new Error(`unknown action ${JSON.stringify(never)}`)
    }
  }
}

const PLAYGROUND_TITLE: Label = { en: 'Playground run', zh: '演练场中的一次运行' }
const PLAYGROUND_DESCRIPTION: Label = { en: 'A run copied from the playground.', zh: '从演练场复制的一次运行。' }

/**
 * Pure. A playground run as a scenario: no set-up, the run's actions as the script, only the
 * options that differ from the defaults, and the states the run ended in as `end`.
 */
export function scenarioFromRecording(recording: SimRecording, meta: { id?: string; title?: Label; description?: Label } = {}): Scenario {
  const sim = replay(recording)
  const iss = recording.iss
  const ch = recording.channel ?? {}
  const channel = {
    ...(ch.mode !== undefined && ch.mode !== 'auto' ? { mode: ch.mode } : {}),
    ...(ch.delayMs !== undefined && ch.delayMs !== DEFAULT_DELAY_MS ? { delayMs: ch.delayMs } : {}),
    ...(ch.lossRate ? { lossRate: ch.lossRate } : {}),
    ...(ch.duplicateRate ? { duplicateRate: ch.duplicateRate } : {}),
  }
  const options = {
    ...(recording.seed !== 1 ? { seed: recording.seed } : {}),
    ...(iss && (iss.client !== undefined && iss.client !== DEFAULT_ISS.client || iss.server !== undefined && iss.server !== DEFAULT_ISS.server) ? { iss } : {}),
    ...(recording.delayedAckMs !== undefined ? { delayedAckMs: recording.delayedAckMs } : {}),
    ...(recording.mslMs !== undefined && recording.mslMs !== null ? { mslMs: recording.mslMs } : {}),
    ...(Object.keys(channel).length > 0 ? { channel } : {}),
  }
  return {
    id: meta.id ?? 'playground-run',
    title: meta.title ?? PLAYGROUND_TITLE,
    description: meta.description ?? PLAYGROUND_DESCRIPTION,
    hypothetical: isHypothetical(recording.variant),
    profile: recording.profile,
    variant: recording.variant,
    ...(Object.keys(options).length > 0 ? { options } : {}),
    setup: [],
    script: recording.actions,
    expected: { client: hostState(sim, 'client'), server: hostState(sim, 'server') },
  }
}

/** Pure. "Copy as scenario": the run on screen as the text of a scenario file. */
export function printRecording(recording: SimRecording, meta: { id?: string; title?: Label; description?: Label } = {}): string {
  return printScenario(scenarioFromRecording(recording, meta))
}
