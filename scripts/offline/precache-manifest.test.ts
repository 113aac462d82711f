import { describe, expect, it } from 'vitest'
import { buildPrecacheManifest, manifestScript, NOT_FOUND_PAGE, pageAddress, referencedFiles, staticAssetAddress, type BuiltFile } from './precache-manifest'

const lessonHtml = (chunk: string) =>
  `<html><head><link rel="icon" href="/icon.svg?icon.abc.svg" sizes="any"/><script src="/_next/static/chunks/${chunk}.js"></script></head>` +
  `<body><a href="/en/lessons/time-wait/">Next</a><a href="/zh/">中文</a></body></html>`

/** A `next build` folder (.next) with two pages, Next's own routes and its static files. */
const serverBuild: BuiltFile[] = [
  { path: 'server/app/index.html', content: '<html>choose a language</html>' },
  { path: 'server/app/en.html', content: lessonHtml('main') },
  { path: 'server/app/en/lessons/four-way-close.html', content: lessonHtml('lesson') },
  { path: 'server/app/_not-found.html', content: '<html>not found</html>' },
  { path: 'server/app/_global-error.html', content: '<html>error</html>' },
  { path: 'server/app/en.rsc', content: 'rsc payload' },
  { path: 'static/chunks/main.js', content: 'main' },
  { path: 'static/chunks/lazy-state-diagram.js', content: 'lazy' },
  { path: 'static/chunks/app.css', content: 'css' },
  { path: 'static/build-id/_buildManifest.js', content: 'manifest' },
]

/** The same site as a static export (out/). */
const exportBuild: BuiltFile[] = [
  { path: 'index.html', content: '<html>choose a language</html>' },
  { path: 'en/index.html', content: lessonHtml('main') },
  { path: 'en/index.txt', content: 'rsc payload' },
  { path: 'en/lessons/four-way-close/index.html', content: lessonHtml('lesson') },
  { path: 'en/lessons/four-way-close/__next._tree.txt', content: 'segment' },
  { path: '404.html', content: '<html>not found</html>' },
  { path: '404/index.html', content: '<html>not found</html>' },
  { path: '_not-found/index.html', content: '<html>not found</html>' },
  { path: 'icon.svg', content: '<svg/>' },
  { path: '_next/static/chunks/main.js', content: 'main' },
  { path: '_next/static/chunks/lazy-state-diagram.js', content: 'lazy' },
  { path: '_next/static/chunks/app.css', content: 'css' },
  { path: '_next/static/build-id/_buildManifest.js', content: 'manifest' },
]

describe('pageAddress', () => {
  it('gives the address the site links, with its trailing slash, for both layouts', () => {
    expect(pageAddress('server/app/en/lessons/time-wait.html', 'server')).toBe('/en/lessons/time-wait/')
    expect(pageAddress('server/app/zh.html', 'server')).toBe('/zh/')
    expect(pageAddress('server/app/index.html', 'server')).toBe('/')
    // Next's route cache layout keeps the same page path under a folder per source route.
    expect(pageAddress('server/route-cache/APP_PAGE/41da0e/$/en/lessons/time-wait.html', 'server')).toBe('/en/lessons/time-wait/')
    expect(pageAddress('server/route-cache/APP_PAGE/c6377d/$/index.html', 'server')).toBe('/')
    expect(pageAddress('server/route-cache/APP_PAGE/41da0e/$/_not-found.html', 'server')).toBeNull()
    expect(pageAddress('en/lessons/time-wait/index.html', 'export')).toBe('/en/lessons/time-wait/')
    expect(pageAddress('zh/index.html', 'export')).toBe('/zh/')
    expect(pageAddress('index.html', 'export')).toBe('/')
  })

  it("leaves out Next's own routes and the export's copies of the not-found page", () => {
    expect(pageAddress('server/app/_not-found.html', 'server')).toBeNull()
    expect(pageAddress('server/app/_global-error.html', 'server')).toBeNull()
    expect(pageAddress('_not-found/index.html', 'export')).toBeNull()
    expect(pageAddress('404/index.html', 'export')).toBeNull()
    expect(pageAddress('404.html', 'export')).toBeNull()
  })
})

describe('staticAssetAddress', () => {
  it('maps the build folder of static files to /_next/static/', () => {
    expect(staticAssetAddress('static/chunks/a.js', 'server')).toBe('/_next/static/chunks/a.js')
    expect(staticAssetAddress('_next/static/media/font.woff2', 'export')).toBe('/_next/static/media/font.woff2')
    expect(staticAssetAddress('server/chunks/ssr.js', 'server')).toBeNull()
    expect(staticAssetAddress('en/index.txt', 'export')).toBeNull()
  })
})

describe('referencedFiles', () => {
  it('finds same-site files outside /_next/static/ and skips page links and other sites', () => {
    const html = `${lessonHtml('main')}<img src="/images/a%20b.png"><a href="https://example.com/x.js">x</a><link href="/feed.xml?a=1&amp;b=2">`
    expect(referencedFiles(html).sort()).toEqual(['/feed.xml?a=1&b=2', '/icon.svg?icon.abc.svg', '/images/a%20b.png'])
  })
})

describe('buildPrecacheManifest', () => {
  it('lists every page, every static file (lazy chunks too) and the icon, and no RSC payload or server file', () => {
    for (const [files, layout] of [
      [serverBuild, 'server'],
      [exportBuild, 'export'],
    ] as const) {
      const manifest = buildPrecacheManifest(files, layout)
      expect(manifest.pages).toEqual(['/', '/en/', '/en/lessons/four-way-close/'])
      expect(manifest.notFound).toBe(NOT_FOUND_PAGE)
      expect(manifest.assets).toEqual([
        '/_next/static/build-id/_buildManifest.js',
        '/_next/static/chunks/app.css',
        '/_next/static/chunks/lazy-state-diagram.js',
        '/_next/static/chunks/main.js',
        '/icon.svg?icon.abc.svg',
      ])
    }
  })

  it('gives the same version for the same build, whatever order the files are read in', () => {
    const once = buildPrecacheManifest(serverBuild, 'server')
    const again = buildPrecacheManifest([...serverBuild].reverse(), 'server')
    expect(again).toEqual(once)
    expect(once.version).toMatch(/^[0-9a-f]{16}$/)
  })

  it('gives a new version when a page, a static file or the not-found page changes', () => {
    const base = buildPrecacheManifest(serverBuild, 'server').version
    const changed = (path: string) =>
      buildPrecacheManifest(
        serverBuild.map((file) => (file.path === path ? { ...file, content: `${String(file.content)} v2` } : file)),
        'server',
      ).version
    const versions = [changed('server/app/en/lessons/four-way-close.html'), changed('static/chunks/lazy-state-diagram.js'), changed('server/app/_not-found.html')]
    for (const version of versions) expect(version).not.toBe(base)
    expect(new Set(versions).size).toBe(versions.length)
    // Files the manifest does not list do not count.
    expect(changed('server/app/en.rsc')).toBe(base)
  })

  it('reads pages given as bytes', () => {
    const bytes = serverBuild.map((file) => ({ ...file, content: new TextEncoder().encode(String(file.content)) }))
    expect(buildPrecacheManifest(bytes, 'server')).toEqual(buildPrecacheManifest(serverBuild, 'server'))
  })

  it('refuses a folder with no pages, such as the wrong layout', () => {
    expect(() => buildPrecacheManifest(exportBuild, 'server')).toThrow(/no pages found/)
  })
})

describe('manifestScript', () => {
  it('sets self.OFFLINE_MANIFEST to the manifest', () => {
    const manifest = buildPrecacheManifest(exportBuild, 'export')
    const self: { OFFLINE_MANIFEST?: unknown } = {}
    new Function('self', manifestScript(manifest))(self)
    expect(self.OFFLINE_MANIFEST).toEqual(manifest)
  })
})
