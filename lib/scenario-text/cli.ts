/**
 * The pure part of `npm run scenario -- FILE`: what to print for a file's text. The script only
 * reads the file and writes these strings.
 */
import { parseScenarioText } from './parse'
import { runScenarioText } from './run-text'
import type { Problem } from './types'

/** What the command prints and how it exits: 0 when every expectation passed, 1 otherwise. */
export type CliOutput = { readonly stdout: string; readonly stderr: string; readonly exitCode: number }

export const SCENARIO_USAGE = 'usage: npm run scenario -- FILE   (e.g. npm run scenario -- content/scenarios/lost-syn.txt)'

/** Pure. `FILE:LINE:COLUMN  message  (hint)`, one problem a line. */
export function formatProblems(file: string, problems: ReadonlyArray<Problem>): string {
  return problems.map((p) => `${file}:${p.line}:${p.column}  ${p.message}  (${p.hint})`).join('\n')
}

/** Pure. Parses and runs a scenario file's text: the printed run and the expectations' verdict, or the problems. */
export function scenarioCli(file: string, text: string): CliOutput {
  const parsed = parseScenarioText(text)
  if (!parsed.ok) return { stdout: '', stderr: `${formatProblems(file, parsed.problems)}\n`, exitCode: 1 }
  const run = runScenarioText(parsed.scenario, parsed.expectations)
  const failures = run.failures.map((f) => `${file}:${f.line}:${f.column}  expected ${f.expected}, but ${f.actual}`)
  const lines = [
    `${parsed.scenario.id}: ${parsed.scenario.title.en}`,
    ...run.lines,
    '',
    `${run.passed} expectations passed, ${run.failures.length} failed`,
    ...failures,
  ]
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: run.failures.length === 0 ? 0 : 1 }
}

/** Pure. What to print when the file cannot be read (never a stack trace). */
export function unreadableFile(file: string, code: string | undefined): CliOutput {
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : 'the file cannot be read'
  return { stdout: '', stderr: `${file}:1:1  ${why}  (check the path, e.g. content/scenarios/lost-syn.txt)\n`, exitCode: 1 }
}
