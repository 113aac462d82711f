// Lighthouse for `npm run bench`, and the floor page it measures beside the course's pages: a bare
// Next page in a tiny separate app that the bench writes, builds and serves, so it never touches
// the course's routes, bundles or static export and is never deployed, linked or indexed. Method
// and budgets: bench/README.md.
import { execSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CATEGORIES, medianScores, type Scores } from './bench-rules'

/**
 * Where the floor app is written: inside the project so `next` and `react` resolve from its
 * node_modules, in a folder git, ESLint and the type check leave out (`.next-*`), removed after.
 */
export const FLOOR_APP_DIR = '.next-bench-floor'

const FLOOR_FILES: Record<string, string> = {
  'next.config.mjs': 'export default { poweredByHeader: false, trailingSlash: true }\n',
  'app/layout.jsx': `export const metadata = {
  title: 'Floor page',
  description: 'A bare Next.js page: what Lighthouse gives a heading and a paragraph on this machine.',
}

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  // An icon, as the course has: without one the browser's request for /favicon.ico fails, and
  // Lighthouse's best-practices score counts the console error.
  'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#0369a1"/></svg>\n',
  'app/page.jsx': `export default function FloorPage() {
  return (
    <main>
      <h1>Floor page</h1>
      <p>A heading and a paragraph, and nothing else of ours: no providers, no client components.</p>
    </main>
  )
}
`,
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** Writes the floor app and builds it for production (`next build`). */
export function buildFloorApp(): void {
  rmSync(FLOOR_APP_DIR, { recursive: true, force: true })
  for (const [file, text] of Object.entries(FLOOR_FILES)) {
    mkdirSync(path.dirname(path.join(FLOOR_APP_DIR, file)), { recursive: true })
    writeFileSync(path.join(FLOOR_APP_DIR, file), text)
  }
  run('npx next build', FLOOR_APP_DIR, 'the floor app')
}

export function removeFloorApp(): void {
  rmSync(FLOOR_APP_DIR, { recursive: true, force: true })
}

/** Runs a build command, printing its output only when it fails. */
export function run(command: string, cwd: string, what: string): void {
  try {
    execSync(command, { cwd, stdio: 'pipe', env })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer }
    console.error(`${stdout ?? ''}${stderr ?? ''}`)
    throw new Error(`the build of ${what} failed, so nothing was measured`)
  }
}

/** `next start` of the build in `cwd`, once `readyPath` answers. */
export async function startServer(cwd: string, port: number, readyPath: string): Promise<ChildProcess> {
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd, stdio: 'ignore', env, detached: true })
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${readyPath}`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stopServer(server)
  throw new Error(`next start in ${cwd} did not come up on port ${port}`)
}

export function stopServer(server: ChildProcess): void {
  if (server.pid === undefined) return
  try {
    process.kill(-server.pid)
  } catch {
    // already gone
  }
}

/** One Lighthouse run with its default (mobile) settings, in a fresh Debian chromium. */
async function lighthouseOnce(url: string): Promise<Scores> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim(),
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
    const categories = result?.lhr.categories ?? {}
    const failed = result?.lhr.runtimeError
    return Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = categories[id]?.score
        if (score === null || score === undefined) throw new Error(`Lighthouse gave no ${id} score for ${url}${failed ? ` (${failed.code}: ${failed.message})` : ''}`)
        return [id, Math.round(score * 100)]
      }),
    ) as Scores
  } finally {
    chrome.kill()
  }
}

/** A second try after a run that gave no score (Lighthouse now and then loses a trace); a second failure stops the bench. */
function retryOnce(url: string, error: unknown): Promise<Scores> {
  console.warn(`${error instanceof Error ? error.message : String(error)}; trying once more`)
  return lighthouseOnce(url)
}

/**
 * `runs` rounds over every page, the pages taking turns within a round so that a busy spell of the
 * machine falls on all of them alike; each category's median per page.
 */
export async function lighthouseMedians(pages: Record<string, string>, runs = 3): Promise<Record<string, Scores>> {
  const all: Record<string, Scores[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]))
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(pages)) all[name]!.push(await lighthouseOnce(url).catch((error: unknown) => retryOnce(url, error)))
  }
  return Object.fromEntries(Object.entries(all).map(([name, scores]) => [name, medianScores(scores)]))
}
