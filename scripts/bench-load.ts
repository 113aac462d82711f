// The load part of `npm run bench`: autocannon against pages of the course's `next start`, on
// loopback, with a fixed number of connections, the pages taking turns so that a busy spell of the
// machine falls on each alike. Method and budgets: bench/README.md.
import autocannon from 'autocannon'
import { loadFigures, type LoadFigures } from './bench-rules'

/** Connections kept open at once; turns per page and seconds per turn (10 s of load per page); warm-up seconds per page. */
export const LOAD = { connections: 10, turns: 5, secondsPerTurn: 2, warmUpSeconds: 2 } as const

type Turn = { latenciesMs: number[]; seconds: number }

/** One turn of load on `url`: the latency of every answer, and how long the turn took. */
function turn(url: string, seconds: number): Promise<Turn> {
  const latenciesMs: number[] = []
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: LOAD.connections, duration: seconds }, (error: unknown, result: autocannon.Result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)))
      // A page that fails under load is not a fast page: the figures of a turn with failures mean nothing.
      if (result.errors > 0 || result.non2xx > 0) {
        return reject(new Error(`${url} under load: ${result.errors} connection errors, ${result.non2xx} answers other than 2xx`))
      }
      resolve({ latenciesMs, seconds: result.duration })
    })
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latenciesMs.push(responseTime))
  })
}

/**
 * Each page's requests per second and 99th-percentile latency over LOAD.turns turns, the pages in
 * turn, after a warm-up of each that is not counted (the server reads a page into its cache and the
 * JIT compiles its paths on the first requests).
 */
export async function measureLoad<Name extends string>(pages: Record<Name, string>): Promise<Record<Name, LoadFigures>> {
  const names = Object.keys(pages) as Name[]
  for (const name of names) await turn(pages[name], LOAD.warmUpSeconds)
  const turns = Object.fromEntries(names.map((name) => [name, [] as Turn[]])) as Record<Name, Turn[]>
  for (let i = 0; i < LOAD.turns; i++) {
    for (const name of names) turns[name].push(await turn(pages[name], LOAD.secondsPerTurn))
  }
  return Object.fromEntries(
    names.map((name) => [name, loadFigures(turns[name].flatMap((t) => t.latenciesMs), turns[name].reduce((sum, t) => sum + t.seconds, 0))]),
  ) as Record<Name, LoadFigures>
}
