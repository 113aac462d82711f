/**
 * Where scenarios come from on disk: the files of content/scenarios/ and the `scenario` blocks of
 * the lessons in content/lessons/. Read in a stable order, for the catalogue and the content check.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ScenarioFile } from './catalogue'
import { inlineScenarios } from './inline'

function read(dir: string, ext: string, root: string): Array<{ file: string; text: string }> {
  return readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(path.join(root, dir, name), 'utf8') }))
}

/** Every scenario source under `root` (the project folder by default). */
export function scenarioSources(root: string = process.cwd()): ScenarioFile[] {
  return [
    ...read('content/scenarios', '.txt', root),
    ...read('content/lessons', '.mdx', root).flatMap(({ file, text }) => inlineScenarios(file, text)),
  ]
}
