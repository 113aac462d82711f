// `tsx scripts/offline/write-precache-manifest.ts`: run after `next build` (either kind). For each
// build on disk it writes the list of files the service worker (public/sw.js) keeps for offline
// reading, as /offline-manifest.js, where that build's server sends it: public/ for `next start`
// (which reads public/ when it starts), out/ itself for the static export.
//
// It looks at both folders every time because a static export build also rewrites .next (Next
// keeps its build files there when the export goes to a custom folder), so the .next list must be
// written again after it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildPrecacheManifest, manifestScript, type BuildLayout, type BuiltFile } from './precache-manifest'

const MANIFEST_FILE = 'offline-manifest.js'

const outputs: ReadonlyArray<{ dir: string; layout: BuildLayout; target: string }> = [
  { dir: process.env.NEXT_DIST_DIR ?? '.next', layout: 'server', target: path.join('public', MANIFEST_FILE) },
  { dir: 'out', layout: 'export', target: path.join('out', MANIFEST_FILE) },
]

/** Whether `dir` holds a finished build of this layout. */
function isBuilt(dir: string, layout: BuildLayout): boolean {
  return layout === 'server' ? existsSync(path.join(dir, 'BUILD_ID')) && existsSync(path.join(dir, 'server', 'app')) : existsSync(path.join(dir, 'index.html'))
}

/** Every file under `dir` the manifest may list (pages and static files), with its bytes. */
function readBuild(dir: string, layout: BuildLayout): BuiltFile[] {
  const staticPrefix = layout === 'server' ? 'static/' : '_next/static/'
  const files: BuiltFile[] = []
  const roots = layout === 'server' ? ['server/app', 'server/route-cache', 'static'].filter((root) => existsSync(path.join(dir, root))) : ['.']
  for (const root of roots) {
    for (const entry of readdirSync(path.join(dir, root), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
      if (relative.endsWith('.html') || relative.startsWith(staticPrefix)) {
        files.push({ path: relative, content: readFileSync(path.join(dir, relative)) })
      }
    }
  }
  return files
}

let written = 0
for (const { dir, layout, target } of outputs) {
  if (!isBuilt(dir, layout)) continue
  if (!existsSync(path.join(path.dirname(target), 'sw.js'))) throw new Error(`${path.dirname(target)}/sw.js is missing`)
  const manifest = buildPrecacheManifest(readBuild(dir, layout), layout)
  writeFileSync(target, manifestScript(manifest))
  console.log(`${target} (for ${dir}): version ${manifest.version}, ${manifest.pages.length} pages, ${manifest.assets.length} files`)
  written++
}
if (written === 0) {
  console.error('No build found in .next or out: run `next build` first.')
  process.exit(1)
}
