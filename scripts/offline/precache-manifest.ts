// The pure part of the offline step: which addresses of one build the service worker (public/sw.js)
// keeps for offline reading, and a version that changes whenever any of them changes. The command
// beside it (write-precache-manifest.ts) reads the build from disk and writes the result.
import { createHash } from 'node:crypto'
import { exportRoute, serverRoute } from '../build-routes'

/** How a build lays out its files: `next build` (`.next/`) or the static export (`out/`). */
export type BuildLayout = 'server' | 'export'

/** A file of the build, by its path inside the output folder (with `/`), and its bytes. */
export interface BuiltFile {
  path: string
  content: string | Uint8Array
}

/** What the service worker precaches; every address is an absolute path on the site. */
export interface PrecacheManifest {
  /** Changes with the content of any precached file, so a new build gets a new cache. */
  version: string
  /** Every page of the course, both languages, as the site links them (`/en/lessons/<slug>/`). */
  pages: string[]
  /** The not-found page, shown offline for an address the build does not have. */
  notFound: string
  /** Scripts (lazily loaded ones too), style sheets, fonts, images and the icon the pages use. */
  assets: string[]
}

/** Both servers answer this address with the not-found page (next start with status 404). */
export const NOT_FOUND_PAGE = '/404/'

const STATIC_PREFIX: Record<BuildLayout, string> = { server: 'static/', export: '_next/static/' }
/** Pure. The address a built HTML file is served at (see build-routes.ts), or undefined when it is not a prerendered page. */
function servedAt(path: string, layout: BuildLayout): string | undefined {
  if (layout === 'export') return path === 'index.html' || path.endsWith('/index.html') ? exportRoute(path) : undefined
  return path.startsWith('server/') ? serverRoute(path.slice('server/'.length)) : undefined
}

/** Pure. True for the built file that is the not-found page. */
function isNotFoundFile(path: string, layout: BuildLayout): boolean {
  return servedAt(path, layout) === (layout === 'server' ? '/_not-found/' : '/404/')
}

/**
 * Pure. The address of the page a built HTML file is, or null when the file is not a page a reader
 * opens: Next's own routes (`_not-found`, `_global-error`) and the export's copies of the 404 page.
 * `.next/server/app/en/lessons/x.html` and `out/en/lessons/x/index.html` are both
 * `/en/lessons/x/` (the site uses trailing slashes).
 */
export function pageAddress(path: string, layout: BuildLayout): string | null {
  const address = servedAt(path, layout)
  if (address === undefined) return null
  const segments = address.split('/').filter(Boolean)
  return segments.some((segment) => segment.startsWith('_') || segment === '404') ? null : address
}

/** Pure. The address of a built file under `/_next/static/`, or null for any other file. */
export function staticAssetAddress(path: string, layout: BuildLayout): string | null {
  const prefix = STATIC_PREFIX[layout]
  return path.startsWith(prefix) ? `/_next/static/${path.slice(prefix.length)}` : null
}

/**
 * Pure. Same-site files a page names in `href` or `src` that live outside `/_next/static/`
 * (the icon, `/icon.svg?<hash>`): addresses whose last segment has a file extension. Links to
 * pages end in `/` and are left out.
 */
export function referencedFiles(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/\s(?:href|src)="(\/[^"/][^"]*)"/g)) {
    const address = match[1]!.replaceAll('&amp;', '&')
    const path = address.split(/[?#]/)[0]!
    if (path.startsWith('/_next/static/')) continue
    if (/\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/')))) found.add(address)
  }
  return [...found]
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/**
 * Pure. The precache manifest of a build from its files: every page, the not-found page, every
 * file under `/_next/static/` (all chunks, so a page works offline even where it loads code only
 * when asked, such as the state diagram) and the files the pages reference. Files that are
 * neither (RSC payloads, server code) are ignored. Lists are sorted, so the same build always gives
 * the same manifest.
 */
export function buildPrecacheManifest(files: ReadonlyArray<BuiltFile>, layout: BuildLayout): PrecacheManifest {
  const pages = new Map<string, BuiltFile>()
  const assets = new Map<string, BuiltFile | null>()
  let notFound: BuiltFile | undefined
  for (const file of files) {
    if (isNotFoundFile(file.path, layout)) notFound = file
    const page = file.path.endsWith('.html') ? pageAddress(file.path, layout) : null
    if (page !== null) {
      pages.set(page, file)
      continue
    }
    const asset = staticAssetAddress(file.path, layout)
    if (asset !== null) assets.set(asset, file)
  }
  if (pages.size === 0) throw new Error(`no pages found: is this a ${layout === 'server' ? '`next build`' : 'static export'} output folder?`)
  for (const page of pages.values()) {
    const html = typeof page.content === 'string' ? page.content : new TextDecoder().decode(page.content)
    for (const address of referencedFiles(html)) if (!assets.has(address)) assets.set(address, null)
  }

  const sortedPages = [...pages.keys()].sort()
  const sortedAssets = [...assets.keys()].sort()
  // A referenced file's address carries its content hash (`/icon.svg?icon.<hash>.svg`), and the
  // pages naming it are hashed, so the address alone stands for it.
  const fingerprint = [
    `${NOT_FOUND_PAGE} ${notFound ? sha256(notFound.content) : 'none'}`,
    ...sortedPages.map((address) => `${address} ${sha256(pages.get(address)!.content)}`),
    ...sortedAssets.map((address) => {
      const file = assets.get(address)
      return file ? `${address} ${sha256(file.content)}` : address
    }),
  ].join('\n')
  return { version: sha256(fingerprint).slice(0, 16), pages: sortedPages, notFound: NOT_FOUND_PAGE, assets: sortedAssets }
}

/** Pure. The script the service worker imports: it sets `self.OFFLINE_MANIFEST`. */
export function manifestScript(manifest: PrecacheManifest): string {
  return `// Written after the build by scripts/offline/write-precache-manifest.ts; read by /sw.js.\nself.OFFLINE_MANIFEST = ${JSON.stringify(manifest, null, 1)}\n`
}
