/**
 * The per-page hash manifest `next start` serves its Content-Security-Policy from (written after
 * the build beside the build, read by proxy.ts). Pure: lookups only.
 */
import type { PageSources } from './policy'

/** File name of the manifest inside the build folder (`.next/`). */
export const MANIFEST_FILE = 'csp-manifest.json'

/** The page served for any path the build has no page for. */
export const NOT_FOUND_ROUTE = '/_not-found/'

/** Each prerendered page's route (always ending in `/`) to the CSP sources of its inline content. */
export interface CspManifest {
  version: 1
  pages: Record<string, PageSources>
}

const NO_SOURCES: PageSources = { scripts: [], styles: [] }

/** `pathname` as a manifest key: `/en/lessons/x`, `/en/lessons/x/` and `/en/lessons/x/index.html` are one route. */
export function routeKey(pathname: string): string {
  const path = pathname.replace(/\/index\.html$/, '/')
  return path.endsWith('/') ? path : `${path}/`
}

/**
 * The sources for the page served at `pathname`: its own, else the not-found page's (what the
 * server sends for an unknown path), else none, which allows no inline script at all.
 */
export function sourcesForPath(manifest: CspManifest | undefined, pathname: string): PageSources {
  if (!manifest) return NO_SOURCES
  return manifest.pages[routeKey(pathname)] ?? manifest.pages[NOT_FOUND_ROUTE] ?? NO_SOURCES
}
