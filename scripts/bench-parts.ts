// Which parts of `npm run bench` run: all by default, or those `--only=` names, or all but those
// `--skip=` names (`npm run bench -- --skip=scale` leaves out the long scale part).

/** The bench's parts, in the order they run. */
export const PARTS = ['size', 'css', 'engine', 'frames', 'lighthouse', 'load', 'scale'] as const
export type Part = (typeof PARTS)[number]

/** Parts measured on the course's own production build (`.next`), which then is built first. */
const ON_THE_BUILD: ReadonlySet<Part> = new Set(['size', 'css', 'frames', 'lighthouse', 'load'])

function names(list: string, flag: string): Part[] {
  const given = list.split(',').map((name) => name.trim()).filter((name) => name !== '')
  const unknown = given.filter((name) => !(PARTS as ReadonlyArray<string>).includes(name))
  if (unknown.length > 0) throw new Error(`${flag} names no part ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}`)
  if (given.length === 0) throw new Error(`${flag} names no part; the parts are ${PARTS.join(', ')}`)
  return given as Part[]
}

/** Pure. The parts the command line asks for, in bench order; every part without `--only=` or `--skip=`. */
export function selectParts(args: ReadonlyArray<string>): Part[] {
  const only = args.filter((arg) => arg.startsWith('--only='))
  const skip = args.filter((arg) => arg.startsWith('--skip='))
  if (only.length + skip.length > 1) throw new Error('give one --only= or one --skip=, not several')
  if (only[0] !== undefined) {
    const chosen = new Set(names(only[0].slice('--only='.length), '--only='))
    return PARTS.filter((part) => chosen.has(part))
  }
  if (skip[0] !== undefined) {
    const left = new Set(names(skip[0].slice('--skip='.length), '--skip='))
    return PARTS.filter((part) => !left.has(part))
  }
  return [...PARTS]
}

/** Pure. Whether the parts need the course's production build. */
export function needsBuild(parts: ReadonlyArray<Part>): boolean {
  return parts.some((part) => ON_THE_BUILD.has(part))
}

/** Pure. Whether every part runs: only then does the run replace bench/results.json. */
export function isFullRun(parts: ReadonlyArray<Part>): boolean {
  return PARTS.every((part) => parts.includes(part))
}
