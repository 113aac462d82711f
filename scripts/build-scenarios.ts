/**
 * `npm run build:scenarios` (also before `dev`, `build` and the tests): reads content/scenarios/*.txt,
 * checks every file and writes lib/scenarios/catalogue.json, the form the app loads. With
 * `--watch` it rebuilds whenever a scenario file is saved, so `npm run dev` shows the change.
 * Problems go to stderr as `file:line:column  message  (hint)`; nothing is written then.
 */
import { existsSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildCatalogue, formatFileProblem } from '../lib/scenarios/catalogue'

const DIR = 'content/scenarios'
const OUT = 'lib/scenarios/catalogue.json'

/** Builds the catalogue; true when it is written (or already up to date). */
function build(): boolean {
  const files = readdirSync(DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: `${DIR}/${name}`, text: readFileSync(path.join(DIR, name), 'utf8') }))
  const { scenarios, problems } = buildCatalogue(files)
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
if (process.argv.includes('--watch')) {
  let timer: NodeJS.Timeout | undefined
  watch(DIR, () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (build()) process.stdout.write(`scenarios rebuilt from ${DIR}\n`)
    }, 100)
  })
} else {
  process.exitCode = ok ? 0 : 1
}
