import { bundleMDX } from 'mdx-bundler'
import remarkGfm from 'remark-gfm'
import { checkMdxTree, type ContentProblem } from './check-mdx-tree'
import { componentSpecs } from './component-specs'
import { ContentError, type LocatedProblem } from './content-error'
import { checkFrontmatter, type Frontmatter } from './frontmatter'

export type CompiledLesson = { code: string; frontmatter: Frontmatter }

type EsbuildMessage = { text: string; location?: { line: number; column: number } | null }

/**
 * Compiles one lesson's MDX source with mdx-bundler, after checking its frontmatter and
 * every component it uses. Throws a ContentError naming `file:line` for each problem.
 * `file` is the path shown in messages (relative to the project root).
 */
export async function compileLesson(source: string, file: string): Promise<CompiledLesson> {
  const treeProblems: ContentProblem[] = []
  const checkComponents = () => (tree: unknown) => {
    treeProblems.push(...checkMdxTree(tree as Parameters<typeof checkMdxTree>[0], componentSpecs))
  }

  let result: Awaited<ReturnType<typeof bundleMDX>>
  try {
    result = await bundleMDX({
      source,
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, checkComponents]
        return options
      },
    })
  } catch (error) {
    // The component check runs before esbuild resolves imports, and says more than "Could not resolve".
    if (treeProblems.length > 0) throw new ContentError(treeProblems.map((p) => ({ file, ...p })))
    throw new ContentError(esbuildProblems(error, file))
  }

  const problems: LocatedProblem[] = treeProblems.map((p) => ({ file, ...p }))
  const frontmatter = checkFrontmatter(result.frontmatter, source)
  if (!frontmatter.ok) problems.unshift(...frontmatter.problems.map((p) => ({ file, ...p })))
  if (problems.length > 0 || !frontmatter.ok) throw new ContentError(problems)
  return { code: result.code, frontmatter: frontmatter.frontmatter }
}

function esbuildProblems(error: unknown, file: string): LocatedProblem[] {
  const errors = (error as { errors?: EsbuildMessage[] }).errors
  if (!Array.isArray(errors) || errors.length === 0) {
    return [{ file, line: 1, message: error instanceof Error ? error.message : String(error) }]
  }
  return errors.map((e) => {
    // MDX parse errors arrive as "Cannot process MDX file with esbuild: 1:1: Expected a closing tag for `<Note>` (6:1-6:7)":
    // the parenthesised range is where the problem starts.
    const text = e.text.replace(/\s+/g, ' ').replace(/^Cannot process MDX file with esbuild: /, '').trim()
    const range = /\((\d+):(\d+)-\d+:\d+\)/.exec(text)
    const leading = /^(\d+):(\d+): /.exec(text)
    const at = range ?? leading
    const line = at ? Number(at[1]) : (e.location?.line ?? 1)
    const column = at ? Number(at[2]) : e.location ? e.location.column + 1 : undefined
    return {
      file,
      line: Math.max(line, 1),
      column,
      message: `${text.replace(/^\d+:\d+: /, '')}; check the MDX syntax here: every tag closes, and { } hold JavaScript`,
    }
  })
}
