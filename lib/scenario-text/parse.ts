/**
 * Reads a scenario file (content/README.md, Scenarios) into a `Scenario` and its expectations, or
 * into every problem the file has, each with its line, column and a hint. Pure: no file access.
 */
import type { SimAction } from '../sim/types'
import type { Checkpoint, Scenario } from '../scenarios/types'
import { getProfile } from '../tcp/profiles'
import { isHypothetical } from '../tcp/variants'
import { joinText, parseDuration, wordsOf } from './notation'
import { readHeaderLine, TEXT_KEYS, type Header, type TextKey } from './parse-header'
import { parseLine, type LineContext } from './parse-line'
import type { Expectation, ParseResult, Problem } from './types'

type Section = 'header' | 'setup' | 'script'

/** Pure. Parses the text of a scenario file; reports every problem, not only the first. */
export function parseScenarioText(text: string): ParseResult {
  const problems: Problem[] = []
  const h: Header = { text: {}, options: {}, lines: {} }
  const actions: { setup: SimAction[]; script: SimAction[] } = { setup: [], script: [] }
  const expectations: Expectation[] = []
  const checkpoints: Checkpoint[] = []
  let section: Section = 'header'
  let ctx: LineContext | null = null
  let lastText: TextKey | null = null
  const lines = text.split(/\r?\n/)
  for (const [i, raw] of lines.entries()) {
    const line = i + 1
    const report = (column: number, message: string, hint: string) => problems.push({ line, column, message, hint })
    const words = wordsOf(raw)
    const continues = lastText !== null && /^\s/.test(raw) && raw.trim() !== ''
    if (continues && !/^\s*(#\s|#$|\/\/)/.test(raw)) {
      h.text[lastText!] = joinText(h.text[lastText!] ?? '', raw.trim())
      continue
    }
    if (raw.trim() === '') lastText = null
    if (words.length === 0) continue
    lastText = null
    const marker = /^(setup|script):$/.exec(raw.trim())
    if (marker) {
      const next = marker[1] as 'setup' | 'script'
      if (section === next || (section === 'script' && next === 'setup')) {
        report(1, `"${next}:" ${section === next ? 'is given twice' : 'must come before script:'}`, 'a file has a header, then setup:, then script:')
        continue
      }
      ctx ??= contextOf(h, report)
      section = next
      continue
    }
    if (section === 'header') {
      const m = /^([A-Za-z.-]+):(.*)$/.exec(raw)
      if (!m) {
        report(1, `"${words[0]!.text}" is not a "key: value" line`, 'the header comes first; actions go after setup: or script:')
        continue
      }
      const key = m[1]!
      readHeaderLine(h, key, m[2]!, key.length + 2, line, report)
      if ((TEXT_KEYS as ReadonlyArray<string>).includes(key)) lastText = key as TextKey
      continue
    }
    const sec = section
    const result = parseLine(words, ctx!, (w, message, hint) => report(w.column, message, hint))
    if (!result) continue
    const at = () => ({ section: sec, actions: actions[sec].length })
    for (const check of result.checks) {
      if (check.kind === 'checkpoint') {
        if (sec === 'setup') {
          report(check.column, 'a checkpoint belongs in the script', 'use expect in the set-up, or move the line after script:')
          continue
        }
        checkpoints.push({ afterAction: actions.script.length, client: check.client, server: check.server })
        for (const host of ['client', 'server'] as const) {
          expectations.push({ kind: 'state', line, column: check.column, at: at(), source: 'checkpoint', host, state: check[host] })
        }
      } else expectations.push({ ...check, line, at: at(), ...(check.kind === 'state' ? { source: 'expect' as const } : {}) } as Expectation)
    }
    actions[sec].push(...result.actions)
  }
  ctx ??= contextOf(h, (column, message, hint) => problems.push({ line: lines.length, column, message, hint }))
  const scenario = build(h, actions, checkpoints, expectations, problems)
  if (problems.length > 0 || !scenario) return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) }
  return { ok: true, scenario, expectations }
}

/** The profile and MSL the section lines need; reports a bad `msl:`. */
function contextOf(h: Header, report: (column: number, message: string, hint: string) => void): LineContext {
  const profile = h.profile ?? 'rfc'
  let mslMs = getProfile(profile).mslMs
  if (h.msl) {
    const ms = parseDuration(h.msl.raw.text, 0)
    if (ms === null || ms <= 0) {
      report(h.msl.raw.column, `"${h.msl.raw.text}" is not a duration`, 'e.g. msl: 30s (TIME-WAIT is then 2 x MSL)')
    } else {
      mslMs = ms
      h.options.mslMs = ms
    }
  }
  return { profile, mslMs }
}

function build(
  h: Header,
  actions: { setup: SimAction[]; script: SimAction[] },
  checkpoints: Checkpoint[],
  expectations: Expectation[],
  problems: Problem[],
): Scenario | null {
  const missing = (key: string, hint: string) => problems.push({ line: 1, column: 1, message: `the header has no "${key}:"`, hint })
  if (h.lines.id === undefined) missing('id', 'add a line such as id: lost-final-ack (the stable id lessons use)')
  for (const key of TEXT_KEYS) if (h.lines[key] === undefined) missing(key, `add ${key}: with the ${key.startsWith('title') ? 'title' : 'description'} in ${key.endsWith('en') ? 'English' : 'Chinese'}`)
  if (h.lines.profile === undefined) missing('profile', 'add profile: rfc, linux or textbook')
  if (h.lines.end === undefined) missing('end', 'add end: client STATE, server STATE with the states the script ends in')
  const variant = h.variant ?? 'standard'
  const hypothetical = h.hypothetical ?? false
  if (isHypothetical(variant) !== hypothetical) {
    problems.push({
      line: h.lines.hypothetical ?? h.lines.variant ?? 1,
      column: 1,
      message: isHypothetical(variant) ? `variant ${variant} is not TCP, but the scenario is not marked hypothetical` : 'a standard TCP scenario is marked hypothetical',
      hint: isHypothetical(variant) ? 'add hypothetical: yes so the course says it is not TCP' : 'remove hypothetical: yes, or choose a hypothetical variant',
    })
  }
  for (const key of TEXT_KEYS) {
    if (h.lines[key] !== undefined && !h.text[key]) problems.push({ line: h.lines[key]!, column: 1, message: `${key} is empty`, hint: 'write the text after the colon or on indented lines below it' })
  }
  if (problems.length > 0 || !h.id || !h.end || !h.profile) return null
  for (const host of ['client', 'server'] as const) {
    expectations.push({ kind: 'state', line: h.end.line, column: h.end.column, at: { section: 'script', actions: actions.script.length }, source: 'end', host, state: h.end[host] })
  }
  const options = Object.keys(h.options).length > 0 ? h.options : undefined
  return {
    id: h.id!,
    title: { en: h.text['title.en']!, zh: h.text['title.zh']! },
    description: { en: h.text['description.en']!, zh: h.text['description.zh']! },
    hypothetical,
    profile: h.profile,
    variant,
    ...(options ? { options } : {}),
    setup: actions.setup,
    script: actions.script,
    expected: { client: h.end.client, server: h.end.server },
    ...(checkpoints.length > 0 ? { checkpoints } : {}),
  }
}
