/**
 * Scenarios written inside a lesson: a fenced block whose language is `scenario`, in the scenario
 * text format, usually placed inside the `<Simulator>` or `<Predict>` that uses it (which do not
 * show it). The catalogue takes them in with the scenario files, so every component still names
 * its scenario by id. Pure.
 */
import type { ScenarioFile } from './catalogue'

const OPEN = /^\s*```scenario\s*$/
const CLOSE = /^\s*```\s*$/

/** Pure. The `scenario` blocks of a lesson, each with the line of the lesson its first line is on. */
export function inlineScenarios(file: string, mdx: string): ScenarioFile[] {
  const lines = mdx.split('\n')
  const blocks: ScenarioFile[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!OPEN.test(lines[i]!)) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !CLOSE.test(lines[end]!)) end++
    // Indented like the code around it inside a component: the format reads from column 1.
    const widths = lines.slice(start, end).filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length)
    const indent = widths.length > 0 ? Math.min(...widths) : 0
    const text = lines.slice(start, end).map((l) => l.slice(indent)).join('\n')
    blocks.push({ file, text: `${text}\n`, firstLine: start + 1, indent, inline: true })
    i = end
  }
  return blocks
}
