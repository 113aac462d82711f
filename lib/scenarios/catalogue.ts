/**
 * The scenario catalogue built from content/scenarios/*.txt: every file parsed, its expectations
 * checked against the engine, and every problem of every file collected, each with its place.
 * Pure: the caller reads the files.
 */
import { parseScenarioText } from '../scenario-text/parse'
import { runScenarioText } from '../scenario-text/run-text'
import type { Scenario } from './types'

/** One scenario file as read from disk: its path (for messages) and its text. */
export type ScenarioFile = { readonly file: string; readonly text: string }

/** A problem in a scenario file, where it is and how to fix it. */
export type FileProblem = { readonly file: string; readonly line: number; readonly column: number; readonly message: string; readonly hint: string }

/** Pure. `file:line:column  message  (hint)`, the form every content problem takes. */
export function formatFileProblem(p: FileProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}  (${p.hint})`
}

function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.txt$/, '')
}

/**
 * Pure. The scenarios of the files, ordered by id, and every problem found: a file that does not
 * parse, an id that is not its file's name, an id used twice, an expectation the engine does not
 * meet (with what it did instead).
 */
export function buildCatalogue(files: ReadonlyArray<ScenarioFile>): { scenarios: Scenario[]; problems: FileProblem[] } {
  const scenarios: Scenario[] = []
  const problems: FileProblem[] = []
  const seen = new Map<string, string>()
  for (const { file, text } of files) {
    const parsed = parseScenarioText(text)
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ file, ...p })))
      continue
    }
    const { scenario, expectations } = parsed
    const idLine = text.split('\n').findIndex((line) => /^id:/.test(line)) + 1
    if (scenario.id !== baseName(file)) {
      problems.push({ file, line: idLine, column: 1, message: `the id "${scenario.id}" is not the file's name`, hint: `rename the file to ${scenario.id}.txt or the id to ${baseName(file)}` })
    }
    const other = seen.get(scenario.id)
    if (other) problems.push({ file, line: idLine, column: 1, message: `the id "${scenario.id}" is already used by ${other}`, hint: 'give every scenario its own id' })
    seen.set(scenario.id, file)
    for (const f of runScenarioText(scenario, expectations).failures) {
      problems.push({ file, line: f.line, column: f.column, message: `expected ${f.expected}, but ${f.actual}`, hint: 'fix the expectation, or the lines before it if the story is wrong' })
    }
    scenarios.push(scenario)
  }
  scenarios.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { scenarios, problems }
}
