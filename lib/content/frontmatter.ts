import { z } from 'zod'
import { formatPath } from './course'

export const frontmatterSchema = z
  .object({
    title: z.string({ error: 'add `title: ...`, the lesson title shown in the outline and the page heading' }).min(1),
    description: z
      .string({ error: 'add `description: ...`, one sentence shown under the title in the course outline' })
      .min(1),
  })
  .strict()
export type Frontmatter = z.infer<typeof frontmatterSchema>

export type FrontmatterProblem = { line: number; message: string }

/**
 * Validates a lesson's frontmatter. Each problem carries the line of the offending key in
 * the source file (or line 1 when the key is missing) so the instructor can go straight to it.
 */
export function checkFrontmatter(
  data: unknown,
  source: string,
): { ok: true; frontmatter: Frontmatter } | { ok: false; problems: FrontmatterProblem[] } {
  const parsed = frontmatterSchema.safeParse(data)
  if (parsed.success) return { ok: true, frontmatter: parsed.data }
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : issue.path.map(String)
      const key = keys[0]
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown frontmatter key "${issue.keys.join('", "')}"; allowed keys are title and description`
          : `frontmatter ${formatPath(issue.path)}: ${issue.message}`
      return { line: key === undefined ? 1 : lineOfKey(source, key), message }
    }),
  }
}

function lineOfKey(source: string, key: string): number {
  const lines = source.split('\n')
  const at = lines.findIndex((line) => line.startsWith(`${key}:`))
  return at === -1 ? 1 : at + 1
}
