/**
 * One captured connection as a scenario file (content/README.md, Scenarios): the user calls the
 * segments imply, with the waits between them, losses as `network drop`, and an `expect` line for
 * every captured segment, so that `npm run scenario` compares the engine's replay with the capture
 * segment by segment. The importer replays its own output and names every segment the Linux
 * profile does not reproduce in a comment, so no difference goes unsaid.
 */
import { hostState } from '../sim/simulation'
import type { HostId, OpenOptions, SimAction, SimState } from '../sim/types'
import type { Scenario } from '../scenarios/types'
import { formatSegment } from '../scenario-text/notation'
import { parseScenarioText } from '../scenario-text/parse'
import { printScenario } from '../scenario-text/print'
import { runScenarioText } from '../scenario-text/run-text'
import type { Expectation } from '../scenario-text/types'
import { getProfile } from '../tcp/profiles'
import { formatEndpoint, type Connection } from './connections'
import { inferConnection, type Inference, type ObservedKeepAlive, type ReadSegment } from './infer'

/** What the import gives: the file's text and how the replay compares with the capture. */
export type ImportedScenario = {
  readonly text: string
  readonly segments: number // captured segments, one `expect` line each
  readonly reproduced: number // of them, how many the Linux replay sends exactly
  readonly differences: ReadonlyArray<{ readonly packet: number; readonly expected: string; readonly actual: string }>
  /** Every captured segment in order, for a side-by-side view: who sent it, when, and what the replay sent instead if it differs. */
  readonly rows: ReadonlyArray<{ readonly packet: number; readonly atMs: number; readonly from: HostId; readonly segment: string; readonly differs: string | null }>
  /** The engine's replay of the scenario (set-up and script), to step through. */
  readonly replay: SimState
}

const PROFILE = 'linux'
// A pure ACK this much later than the segment it acknowledges was held back by the receiver.
const DELAYED_ACK_MS = 10

/** Pure. The scenario of one connection of the capture `fileName`. */
export function connectionToScenario(conn: Connection, fileName: string): ImportedScenario {
  const inf = inferConnection(conn)
  const draft = buildScenario(conn, fileName, inf, { client: 'CLOSED', server: 'CLOSED' })
  // The end states are what the replay ends in: a capture shows segments, not states.
  const first = replayText(printWithNotes(draft, inf))
  const scenario = { ...draft.scenario, expected: { client: hostState(first.run.sim, 'client'), server: hostState(first.run.sim, 'server') } }
  const text = printWithNotes({ ...draft, scenario }, inf)
  const { run, expectLines } = replayText(text)
  const lines = text.replace(/\n$/, '').split('\n')
  const differences: Array<ImportedScenario['differences'][number]> = []
  // From the bottom up, so that inserting a note keeps the line numbers above it.
  for (const f of [...run.failures].sort((a, b) => b.line - a.line)) {
    const k = expectLines.indexOf(f.line)
    if (k < 0) continue
    const seg = inf.segments[k]!
    differences.unshift({ packet: seg.segment.number, expected: f.expected, actual: f.actual })
    lines.splice(f.line - 1, 0, `# packet ${seg.segment.number} differs: ${f.actual}${why(seg, inf)}`)
  }
  const rows = inf.segments.map((r) => ({
    packet: r.segment.number,
    atMs: r.atMs,
    from: r.segment.from,
    segment: formatSegment(r.pattern),
    differs: differences.find((d) => d.packet === r.segment.number)?.actual ?? null,
  }))
  return { text: `${lines.join('\n')}\n`, segments: inf.segments.length, reproduced: inf.segments.length - differences.length, differences, rows, replay: run.sim }
}

type Draft = { scenario: Scenario; expectations: Expectation[]; header: string[] }

function buildScenario(conn: Connection, fileName: string, inf: Inference, expected: Scenario['expected']): Draft {
  const ends = `${formatEndpoint(conn.client)} → ${formatEndpoint(conn.server)}`
  const open = (h: HostId): OpenOptions => keepAliveOptions(inf.keepAlive[h])
  const setup: SimAction[] = inf.serverListens ? [{ type: 'listen', host: 'server', ...open('server') }] : []
  const script: SimAction[] = []
  let now = 0
  const waitUntil = (t: number) => {
    const gap = Math.round((t - now) * 1000) / 1000
    if (gap > 0) script.push({ type: 'advance', ms: gap })
    now = Math.max(now, t)
  }
  // Losses of copies the stack sent by itself (not by a user call) are decided at the copy's time.
  const timedDrops = inf.segments.filter((s) => s.lost && !inf.calls.some((c) => c.packet === s.segment.number))
  const events = [
    ...inf.calls.map((c) => ({ atMs: c.atMs, call: c })),
    ...timedDrops.map((s) => ({ atMs: s.atMs, drop: s })),
  ].sort((a, b) => a.atMs - b.atMs)
  for (const e of events) {
    waitUntil(e.atMs)
    if ('drop' in e && e.drop) {
      script.push({ type: 'fate_last', from: e.drop.segment.from, fate: 'drop' })
      continue
    }
    const c = 'call' in e ? e.call! : null
    if (!c) continue
    if (c.type === 'connect') script.push({ type: 'connect', host: c.host, ...open(c.host) })
    else if (c.type === 'send') script.push({ type: 'send', host: c.host, bytes: c.bytes })
    else script.push({ type: c.type, host: c.host })
    const sent = inf.segments.find((s) => s.segment.number === c.packet)
    if (sent?.lost) script.push({ type: 'fate_last', from: c.host, fate: 'drop' })
  }
  const last = inf.segments[inf.segments.length - 1]!
  waitUntil(last.atMs + 2 * inf.delayMs)
  script.push({ type: 'run' })
  const expectations: Expectation[] = inf.segments.map((s) => ({
    kind: 'segment',
    line: 0,
    column: 1,
    at: { section: 'script', actions: script.length },
    host: s.segment.from,
    pattern: s.pattern,
  }))
  const scenario: Scenario = {
    id: `capture-${fileName.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'file'}-${conn.number}`,
    title: { en: `Imported capture: ${ends}`, zh: `导入的抓包：${ends}` },
    description: {
      en: `Imported from the capture ${fileName}, connection #${conn.number}: client ${formatEndpoint(conn.client)}, server ${formatEndpoint(conn.server)}, ${inf.segments.length} segments. Each expect line is a captured segment; the replay under the Linux profile is compared with them one by one.`,
      zh: `从抓包文件 ${fileName} 的第 ${conn.number} 个连接导入：客户端 ${formatEndpoint(conn.client)}，服务器 ${formatEndpoint(conn.server)}，共 ${inf.segments.length} 个报文段。每条 expect 是抓到的一个报文段，按 Linux 配置重放的结果逐一与之比较。`,
    },
    hypothetical: false,
    profile: PROFILE,
    variant: 'standard',
    options: { iss: inf.iss, channel: { delayMs: inf.delayMs } },
    setup,
    script,
    expected,
  }
  return { scenario, expectations, header: headerNotes(conn, fileName, inf) }
}

function keepAliveOptions(k: ObservedKeepAlive | null): OpenOptions {
  if (!k) return {}
  const probes = getProfile(PROFILE).keepAlive.probes
  return { keepAlive: true, keepAliveTimes: { idleMs: k.idleMs, intervalMs: k.intervalMs ?? k.idleMs, probes } }
}

/** The comments at the top: where the scenario comes from and what the engine leaves out. */
function headerNotes(conn: Connection, fileName: string, inf: Inference): string[] {
  const notes = [`# Imported from ${fileName}, connection #${conn.number}: ${formatEndpoint(conn.client)} → ${formatEndpoint(conn.server)}, ${inf.segments.length} segments`]
  notes.push(`# network delay ${inf.delayMs} ms: half the shortest time the capture shows between a segment and its answer`)
  if (inf.iss.client === undefined) notes.push('# the capture does not show the client\'s SYN: its numbers are written as they are on the wire')
  for (const h of ['client', 'server'] as const) {
    const k = inf.keepAlive[h]
    if (!k) continue
    notes.push(`# the ${h}'s keep-alive probes are packets ${k.probes.join(', ')}: idle ${k.idleMs} ms before the first`)
    if (k.intervalMs === null) notes.push(`# every probe was answered, so the interval does not show: it is set to the idle time, and the count to the Linux default`)
  }
  return notes
}

/** The scenario's text with the header notes on top and each expect line naming its packet. */
function printWithNotes(draft: Draft, inf: Inference): string {
  const lines = printScenario(draft.scenario, draft.expectations).replace(/\n$/, '').split('\n')
  const n = inf.segments.length
  const first = lines.length - n
  inf.segments.forEach((s, k) => {
    lines[first + k] = `${lines[first + k]}  # packet ${s.segment.number} at ${(s.atMs / 1000).toFixed(6)} s${segmentNote(s)}`
  })
  lines.splice(first, 0, '# the capture, segment by segment')
  return `${[...draft.header, ...lines].join('\n')}\n`
}

function segmentNote(s: ReadSegment): string {
  const notes: string[] = []
  if (s.keepAliveProbe) notes.push('keep-alive probe')
  if (s.retransmits !== null) notes.push(`retransmits packet ${s.retransmits}`)
  if (s.lost) notes.push('lost: sent again later')
  return notes.length > 0 ? `, ${notes.join(', ')}` : ''
}

/** Parses and replays the scenario text; the line numbers of its expect lines, in capture order. */
function replayText(text: string) {
  const parsed = parseScenarioText(text)
  if (!parsed.ok) throw new Error(`the importer wrote a scenario it cannot read: ${parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')}`)
  const run = runScenarioText(parsed.scenario, parsed.expectations)
  const expectLines = parsed.expectations.filter((e) => e.kind === 'segment').map((e) => e.line)
  return { run, expectLines }
}

/** A likely reason the replay differs at this segment, from what the capture shows around it. */
function why(s: ReadSegment, inf: Inference): string {
  const i = inf.segments.indexOf(s)
  const pureAck = s.pattern.len === 0 && !s.pattern.flags.syn && !s.pattern.flags.fin && !s.pattern.flags.rst
  const acked = inf.segments.slice(0, i).reverse().find((r) => r.segment.from !== s.segment.from)
  if (pureAck && acked && s.atMs - acked.atMs >= DELAYED_ACK_MS) {
    return ` (in the capture this ACK came ${Math.round(s.atMs - acked.atMs)} ms after packet ${acked.segment.number}: a delayed ACK, timed by Linux from the connection's history; the Linux profile holds an ACK 40 ms, or sends it at once for the first data segments)`
  }
  if (s.keepAliveProbe) return ' (keep-alive timing: the engine times its probes from its own idle timer)'
  return ` (the capture has ${formatSegment(s.pattern)} here)`
}
