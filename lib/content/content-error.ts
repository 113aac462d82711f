/** One located problem in a content file. */
export type LocatedProblem = { file: string; line: number; column?: number; message: string }

/**
 * Thrown when content cannot be built. Its message lists every problem as
 * `path:line:column  message  (how to fix)`, the form editors and terminals turn into links.
 */
export class ContentError extends Error {
  readonly problems: LocatedProblem[]
  constructor(problems: LocatedProblem[]) {
    super(formatProblems(problems))
    this.name = 'ContentError'
    this.problems = problems
  }
}

/**
 * Pure. `file:line:column  message  (how to fix)`. Messages say what is wrong, then after "; " what
 * to write instead; that second part goes in the parentheses.
 */
export function formatProblem(p: LocatedProblem): string {
  const cut = p.message.indexOf('; ')
  const [what, fix] = cut < 0 ? [p.message, ''] : [p.message.slice(0, cut), p.message.slice(cut + 2)]
  return `${p.file}:${p.line}:${p.column ?? 1}  ${what}${fix ? `  (${fix})` : ''}`
}

export function formatProblems(problems: ReadonlyArray<LocatedProblem>): string {
  const ordered = [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line || (a.column ?? 1) - (b.column ?? 1) : a.file < b.file ? -1 : 1))
  const lines = ordered.map(formatProblem)
  const guide = 'See content/README.md for the components, props and frontmatter a lesson can use.'
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in course content:\n${lines.join('\n')}\n${guide}`
}
