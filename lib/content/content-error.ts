/** One located problem in a content file. */
export type LocatedProblem = { file: string; line: number; column?: number; message: string }

/**
 * Thrown when content cannot be built. Its message lists every problem as
 * `path:line:column  message`, the form editors and terminals turn into links.
 */
export class ContentError extends Error {
  readonly problems: LocatedProblem[]
  constructor(problems: LocatedProblem[]) {
    super(formatProblems(problems))
    this.name = 'ContentError'
    this.problems = problems
  }
}

export function formatProblems(problems: ReadonlyArray<LocatedProblem>): string {
  const lines = problems.map((p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}  ${p.message}`)
  const guide = 'See content/README.md for the components, props and frontmatter a lesson can use.'
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in course content:\n${lines.join('\n')}\n${guide}`
}
