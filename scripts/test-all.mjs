// `npm test`: every check in order, a summary table, and one closing line `N passed, N failed`.
// Checks that count tests (Vitest, Playwright, the content check) contribute their counts;
// the others (type check, lint, builds) count as one each.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { ensureChromium } from './ensure-chromium.mjs'

const RESULTS = '.test-results'
rmSync(RESULTS, { recursive: true, force: true })
mkdirSync(RESULTS, { recursive: true })
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '1' }
const rows = []

function run(name, command, args, extraEnv = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  const seconds = (Date.now() - started) / 1000
  return { ok: result.status === 0, seconds }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function record(name, passed, failed, seconds, note = '') {
  rows.push({ name, passed, failed, seconds, note })
}

function single(name, command, args, extraEnv) {
  const { ok, seconds } = run(name, command, args, extraEnv)
  record(name, ok ? 1 : 0, ok ? 0 : 1, seconds)
  return ok
}

// The scenario catalogue the app and the tests load is built from content/scenarios first.
single('scenarios (build the catalogue)', 'npx', ['tsx', 'scripts/build-scenarios.ts'])
single('typecheck', 'npx', ['tsc', '--noEmit'])
single('lint', 'npx', ['eslint', '.', '--max-warnings=0'])

{
  const out = `${RESULTS}/vitest.json`
  const { ok, seconds } = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`])
  const report = readJson(out)
  if (report) record('unit', report.numPassedTests, report.numFailedTests + (ok ? 0 : report.numFailedTests ? 0 : 1), seconds)
  else record('unit', 0, 1, seconds, 'no report')
}

{
  const out = `${RESULTS}/content.json`
  const { ok, seconds } = run('content', 'npx', ['tsx', 'scripts/check-content.ts', `--json=${out}`])
  const report = readJson(out)
  if (report) record('content', report.passed, report.failed + (ok || report.failed ? 0 : 1), seconds)
  else record('content', 0, 1, seconds, 'no report')
}

// The static export first: its build also rebuilds .next, which the `next start` build must then
// replace (next start re-renders an export's pages, so they would not match their CSP hashes).
// Each build writes its security headers as it finishes (scripts/csp/next-adapter.mjs).
const built = single('build (static export)', 'npx', ['next', 'build'], { NEXT_OUTPUT: 'export' }) &&
  single('build (next start)', 'npx', ['next', 'build']) &&
  single('offline file lists', 'npx', ['tsx', 'scripts/offline/write-precache-manifest.ts'])

if (built) {
  ensureChromium()
  const out = `${RESULTS}/playwright.json`
  const { ok, seconds } = run('e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out })
  const stats = readJson(out)?.stats
  if (stats) {
    const failed = stats.unexpected + stats.flaky
    record('e2e', stats.expected, failed + (ok || failed ? 0 : 1), seconds)
  } else record('e2e', 0, 1, seconds, 'no report')
  // A copy of the course with a lesson from `npm run new:lesson`, built and rendered (one journey).
  const scaffold = run('e2e: new lesson', 'node', ['scripts/scaffold-check.mjs'])
  record('e2e: new lesson', scaffold.ok ? 1 : 0, scaffold.ok ? 0 : 1, scaffold.seconds)
} else {
  record('e2e', 0, 1, 0, 'not run: the build failed')
}

const passed = rows.reduce((sum, row) => sum + row.passed, 0)
const failed = rows.reduce((sum, row) => sum + row.failed, 0)
console.log('\nSummary')
console.log(`${'suite'.padEnd(24)}${'passed'.padStart(8)}${'failed'.padStart(8)}${'seconds'.padStart(9)}`)
for (const row of rows) {
  console.log(
    `${row.name.padEnd(24)}${String(row.passed).padStart(8)}${String(row.failed).padStart(8)}${row.seconds.toFixed(1).padStart(9)}  ${row.note}`,
  )
}
const closing = `${passed} passed, ${failed} failed`
writeFileSync(`${RESULTS}/summary.txt`, `${closing}\n`)
console.log(closing)
process.exit(failed === 0 ? 0 : 1)
