/**
 * Where a finished build keeps each prerendered page, and the address it is served at: shared by
 * the security headers (scripts/csp) and the offline file list (scripts/offline). Pure.
 */
import path from 'node:path'

// Prerendered pages sit in server/app/ or, in the route cache layout, under
// server/route-cache/APP_PAGE/<hash of the source route>/$/; either way the rest is the page path.
const SERVER_PAGE = /^(?:app|route-cache\/APP_PAGE\/[^/]+\/\$)\/(.+)\.html$/

/**
 * The route a `next start` build serves `.next/server/<file>` at (`app/en/exam.html` → `/en/exam/`,
 * `app/index.html` → `/`), or undefined for a file that is not a prerendered app page.
 */
export function serverRoute(file: string): string | undefined {
  const name = SERVER_PAGE.exec(file.split(path.sep).join('/'))?.[1]
  if (name === undefined) return undefined
  return name === 'index' ? '/' : `/${name}/`
}

/** The route a static host serves `out/<file>` at: `en/exam/index.html` → `/en/exam/`, `404.html` → `/404.html`. */
export function exportRoute(file: string): string {
  const name = file.split(path.sep).join('/')
  if (name === 'index.html') return '/'
  return name.endsWith('/index.html') ? `/${name.slice(0, -'index.html'.length)}` : `/${name}`
}
