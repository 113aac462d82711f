/**
 * Argument parsing and output of the `problems` command, kept pure so it can be tested.
 *
 * @module
 */
import { generateProblems } from './generate'

/** Parsed arguments, or a usage error. */
export type ProblemsArgs = { readonly ok: true; readonly seed: number; readonly count: number } | { readonly ok: false; readonly error: string }

/** Usage line of the command. */
export const PROBLEMS_USAGE = 'usage: npm run --silent problems -- --seed N --count K'

/** Pure. Reads `--seed N` (default 1) and `--count K` (default 12) from the arguments. */
export function parseProblemsArgs(argv: ReadonlyArray<string>): ProblemsArgs {
  const values: Record<string, number> = { seed: 1, count: 12 }
  const args = argv.filter((a) => a !== '--')
  for (let i = 0; i < args.length; i++) {
    const m = /^--(seed|count)(?:=(.*))?$/.exec(args[i] ?? '')
    if (!m || !m[1]) return { ok: false, error: `unknown argument ${args[i]}` }
    const raw = m[2] ?? args[++i]
    if (raw === undefined || !/^\d+$/.test(raw)) return { ok: false, error: `--${m[1]} needs a whole number` }
    values[m[1]] = Number(raw)
  }
  return { ok: true, seed: values.seed ?? 1, count: values.count ?? 12 }
}

/** Pure. The JSON the command prints: an array of `{ type, params, question: { en, zh }, answer }`. */
export function problemsJson(seed: number, count: number): string {
  return JSON.stringify(generateProblems(seed, count), null, 2)
}
