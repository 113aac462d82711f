/**
 * Reads a finished build's prerendered HTML and hashes each page's inline scripts and styles:
 * the `next start` build (`.next/server/app/*.html`) or the static export (`out/**\/index.html`).
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { exportRoute, serverRoute } from '../build-routes'
import { extractInlineScripts, extractInlineStyles } from './inline-content'
import type { CspManifest } from './manifest'
import type { PageSources } from './policy'

/** The CSP hash source of `text`: `'sha256-<base64 of the SHA-256 of its UTF-8 bytes>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The sorted, distinct hash sources of one page's inline scripts and styles. */
export function pageSources(html: string): PageSources {
  const hashes = (texts: string[]) => [...new Set(texts.map(sha256Source))].sort()
  return { scripts: hashes(extractInlineScripts(html)), styles: hashes(extractInlineStyles(html)) }
}

function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** The prerendered HTML file of `route` (e.g. `/en/`) in the `next start` build in `distDir`. */
export function serverPageFile(distDir: string, route: string): string {
  const root = path.join(distDir, 'server')
  const file = htmlFiles(root).find((f) => serverRoute(f) === route)
  if (!file) throw new Error(`${distDir} has no prerendered page for ${route}: run \`next build\` first`)
  return path.join(root, file)
}

/** The manifest of every prerendered page in the `next start` build in `distDir`. */
export function scanServerBuild(distDir: string): CspManifest {
  const root = path.join(distDir, 'server')
  const pages: CspManifest['pages'] = {}
  for (const file of htmlFiles(root)) {
    const route = serverRoute(file)
    if (route) pages[route] = pageSources(readFileSync(path.join(root, file), 'utf8'))
  }
  return { version: 1, pages }
}

/** The manifest of every HTML page in the static export in `outDir`. */
export function scanStaticExport(outDir: string): CspManifest {
  const pages: CspManifest['pages'] = {}
  for (const file of htmlFiles(outDir)) {
    if (file.startsWith(`_next${path.sep}`)) continue
    pages[exportRoute(file)] = pageSources(readFileSync(path.join(outDir, file), 'utf8'))
  }
  return { version: 1, pages }
}
