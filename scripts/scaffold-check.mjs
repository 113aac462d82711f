// The journey "a lesson made by `npm run new:lesson` builds and renders in both languages", run on
// a copy of the project (in .scaffold-check/, so the course itself never holds the new lesson):
// copy, scaffold, build, then Playwright with playwright.scaffold.config.ts serving that build.
import { rmSync } from 'node:fs'
import { copyProject, step } from './copy-project.mjs'

export const SCAFFOLD_DIR = '.scaffold-check'
export const SCAFFOLD_SLUG = 'scaffold-check'

/** Copies the project (node_modules as hard links: the same packages, no copying) and scaffolds a lesson in it. */
export function prepareScaffold() {
  copyProject(SCAFFOLD_DIR)
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
