/**
 * `npm run build:scenarios` (also before `dev`, `build` and the tests): reads content/scenarios/*.txt
 * and the `scenario` blocks of the lessons, checks every one and writes lib/scenarios/catalogue.json,
 * the form the app loads. With
 * `--watch` (part of `npm run dev`) it rebuilds whenever content is saved, and the open page shows the change.
 * Problems go to stderr as `file:line:column  message  (hint)`; nothing is written then.
 */
import { existsSync, readFileSync, watch, writeFileSync } from 'node:fs'
import { buildCatalogue, formatFileProblem } from '../lib/scenarios/catalogue'
import { scenarioSources } from '../lib/scenarios/sources.server'

const DIR = 'content/scenarios'
const OUT = 'lib/scenarios/catalogue.json'
/**
 * A stamp the lesson pages import: the watcher rewrites it whenever content changes, and the
 * development server, seeing an imported file change, renders the open page again with the new text.
 */
const STAMP = 'lib/content/content-version.json'

function stamp(changedAt: number): void {
  writeFileSync(STAMP, `${JSON.stringify({ changedAt })}\n`)
}

/** Builds the catalogue; true when it is written (or already up to date). */
function build(): boolean {
  const { scenarios, problems } = buildCatalogue(scenarioSources())
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatFileProblem(p)}\n`)
    process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${DIR}; ${OUT} was not changed\n`)
    return false
  }
  const json = `${JSON.stringify(scenarios, null, 1)}\n`
  if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== json) writeFileSync(OUT, json)
  return true
}

const ok = build()
if (!existsSync(STAMP)) stamp(0)
if (process.argv.includes('--watch')) {
  let timer: NodeJS.Timeout | undefined
  const rebuild = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (build()) process.stdout.write(`scenarios rebuilt from ${DIR} and the lessons\n`)
      stamp(Date.now())
    }, 100)
  }
  for (const dir of [DIR, 'content/lessons', 'content/decks']) watch(dir, rebuild)
  watch('content', (_, name) => name === 'course.json' && rebuild())
} else {
  process.exitCode = ok ? 0 : 1
}
