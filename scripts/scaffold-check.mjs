// The journey "a lesson made by `npm run new:lesson` builds and renders in both languages", run on
// a copy of the project (in .scaffold-check/, so the course itself never holds the new lesson):
// copy, scaffold, build, then Playwright with playwright.scaffold.config.ts serving that build.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export const SCAFFOLD_DIR = '.scaffold-check'
export const SCAFFOLD_SLUG = 'scaffold-check'

const SKIP = new Set(['node_modules', '.next', 'out', '.git', SCAFFOLD_DIR, '.test-results', 'test-results', 'playwright-report', '.tmp'])

function step(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`)
}

/** Copies the project (node_modules as hard links: the same packages, no copying) and scaffolds a lesson in it. */
export function prepareScaffold() {
  rmSync(SCAFFOLD_DIR, { recursive: true, force: true })
  mkdirSync(SCAFFOLD_DIR)
  for (const name of readdirSync('.')) {
    if (SKIP.has(name) || name.startsWith('.next-')) continue
    cpSync(name, path.join(SCAFFOLD_DIR, name), { recursive: true })
  }
  step('cp', ['-al', 'node_modules', path.join(SCAFFOLD_DIR, 'node_modules')], '.')
  step('npx', ['tsx', 'scripts/new-lesson.ts', SCAFFOLD_SLUG, '--section', 'opening'], SCAFFOLD_DIR)
  step('npx', ['tsx', 'scripts/build-scenarios.ts'], SCAFFOLD_DIR)
  step('npx', ['next', 'build'], SCAFFOLD_DIR)
  step('npx', ['tsx', 'scripts/offline/write-precache-manifest.ts'], SCAFFOLD_DIR)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    prepareScaffold()
    step('npx', ['playwright', 'test', '-c', 'playwright.scaffold.config.ts'], '.')
  } finally {
    rmSync(SCAFFOLD_DIR, { recursive: true, force: true })
  }
}
