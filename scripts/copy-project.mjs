// A working copy of the project to build something the course itself must never hold (a scaffolded
// lesson, a course of hundreds of synthetic lessons): the sources copied, node_modules hard-linked
// (the same packages, no copying), build outputs, git and test reports left out.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const SKIP = new Set(['node_modules', '.next', 'out', '.git', '.scaffold-check', '.test-results', 'test-results', 'playwright-report', '.tmp'])

/** Runs a command in `cwd` with its output shown, throwing if it fails. */
export function step(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`)
}

/**
 * Copies the project into `dest` (emptied first), node_modules as hard links. `dest` must be on the
 * same file system as the project for the links.
 */
export function copyProject(dest) {
  rmSync(dest, { recursive: true, force: true })
  mkdirSync(dest, { recursive: true })
  const inside = path.relative('.', dest).split(path.sep)[0]
  for (const name of readdirSync('.')) {
    if (SKIP.has(name) || name === inside || name.startsWith('.next-')) continue
    cpSync(name, path.join(dest, name), { recursive: true })
  }
  step('cp', ['-al', 'node_modules', path.join(dest, 'node_modules')], '.')
}
