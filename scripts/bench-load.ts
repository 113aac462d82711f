// The load part of `npm run bench`: autocannon against a page of the course's `next start`, on
// loopback, for a fixed time with a fixed number of connections. Method and budgets: bench/README.md.
import autocannon from 'autocannon'
import type { LoadFigures } from './bench-rules'

/** Connections kept open at once, and seconds of load per page measured. */
export const LOAD = { connections: 10, seconds: 10, warmUpSeconds: 2 } as const

async function fire(url: string, seconds: number): Promise<autocannon.Result> {
  const result = await autocannon({ url, connections: LOAD.connections, duration: seconds })
  // A page that fails under load is not a fast page: the figures of a run with failures mean nothing.
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url} under load: ${result.errors} connection errors, ${result.non2xx} answers other than 2xx`)
  }
  return result
}

/**
 * Requests per second (autocannon's mean over the run's seconds) and the 99th-percentile latency
 * of `url` under LOAD, after a short warm-up that is not counted (the server reads the page into
 * its cache and the JIT compiles its paths on the first requests).
 */
export async function measureLoad(url: string): Promise<LoadFigures> {
  await fire(url, LOAD.warmUpSeconds)
  const result = await fire(url, LOAD.seconds)
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 }
}
