/**
 * The scenario catalogue built from content/scenarios/*.txt: every file parsed, its expectations
 * checked against the engine, and every problem of every file collected, each with its place.
 * Pure: the caller reads the files.
 */
import { parseScenarioText } from '../scenario-text/parse'
import { runScenarioText } from '../scenario-text/run-text'
import type { Scenario } from './types'

/**
 * One scenario as read from disk: its path (for messages) and its text. A scenario inside a lesson
 * (`inline`) starts at line `firstLine` of that lesson, `indent` columns in, and needs no file of its own name.
 */
export type ScenarioFile = { readonly file: string; readonly text: string; readonly firstLine?: number; readonly indent?: number; readonly inline?: boolean }

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
  const seen = new Map<string, { file: string; text: string; inline: boolean }>()
  for (const { file, text, firstLine = 1, indent = 0, inline = false } of files) {
    const at = (line: number) => line + firstLine - 1
    const parsed = parseScenarioText(text)
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ file, ...p, line: at(p.line), column: p.column + indent })))
      continue
    }
    const { scenario, expectations } = parsed
    const idLine = at(text.split('\n').findIndex((line) => /^id:/.test(line)) + 1)
    if (!inline && scenario.id !== baseName(file)) {
      problems.push({ file, line: idLine, column: 1 + indent, message: `the id "${scenario.id}" is not the file's name`, hint: `rename the file to ${scenario.id}.txt or the id to ${baseName(file)}` })
    }
    const other = seen.get(scenario.id)
    // A lesson's English and Chinese files carry the same inline block: one scenario, not two.
    if (other?.inline && inline && other.text === text) continue
    if (other) problems.push({ file, line: idLine, column: 1 + indent, message: `the id "${scenario.id}" is already used by ${other.file}`, hint: inline && other.inline ? 'write the same block in both languages of a lesson, or give it another id' : 'give every scenario its own id' })
    seen.set(scenario.id, { file, text, inline })
    for (const f of runScenarioText(scenario, expectations).failures) {
      problems.push({ file, line: at(f.line), column: f.column + indent, message: `expected ${f.expected}, but ${f.actual}`, hint: 'fix the expectation, or the lines before it if the story is wrong' })
    }
    scenarios.push(scenario)
  }
  scenarios.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { scenarios, problems }
}
