import { describe, expect, it } from 'vitest'
import { type CspManifest, routeKey, sourcesForPath } from './manifest'
import { exportRoute, serverRoute } from '../build-routes'
import { pageSources, sha256Source } from './scan-build'

describe('sha256Source', () => {
  it('hashes the UTF-8 bytes as the browser does', () => {
    // MDN's example for <script>var inline = 1;</script> (CSP script-src, "Unsafe inline script").
    expect(sha256Source('var inline = 1;')).toBe("'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='")
  })
})

describe('pageSources', () => {
  it('lists each distinct inline script hash once, sorted', () => {
    const html = '<script>a()</script><script>a()</script><script src="/x.js"></script><style>b{}</style>'
    expect(pageSources(html)).toEqual({ scripts: [sha256Source('a()')], styles: [sha256Source('b{}')] })
  })
})

describe('routes', () => {
  it('maps next start build files to the paths they are served at', () => {
    expect(serverRoute('app/index.html')).toBe('/')
    expect(serverRoute('app/en.html')).toBe('/en/')
    expect(serverRoute('route-cache/APP_PAGE/3d4eb8/$/en/lessons/time-wait.html')).toBe('/en/lessons/time-wait/')
    expect(serverRoute('route-cache/APP_PAGE/41da0e/$/_not-found.html')).toBe('/_not-found/')
    expect(serverRoute('pages/500.html')).toBeUndefined()
  })

  it('maps static export files to the paths a static host serves them at', () => {
    expect(exportRoute('index.html')).toBe('/')
    expect(exportRoute('zh/exam/index.html')).toBe('/zh/exam/')
    expect(exportRoute('404.html')).toBe('/404.html')
  })

  it('treats a path with or without its trailing slash or index.html as one route', () => {
    expect(routeKey('/en/exam')).toBe('/en/exam/')
    expect(routeKey('/en/exam/')).toBe('/en/exam/')
    expect(routeKey('/en/exam/index.html')).toBe('/en/exam/')
  })
})

describe('sourcesForPath', () => {
  const page = { scripts: ["'sha256-PAGE'"], styles: [] }
  const notFound = { scripts: ["'sha256-404'"], styles: [] }
  const manifest: CspManifest = { version: 1, pages: { '/en/': page, '/_not-found/': notFound } }

  it("gives a page its own hashes and an unknown path the not-found page's", () => {
    expect(sourcesForPath(manifest, '/en')).toEqual(page)
    expect(sourcesForPath(manifest, '/nowhere/')).toEqual(notFound)
  })

  it('allows no inline script at all without a manifest', () => {
    expect(sourcesForPath(undefined, '/en/')).toEqual({ scripts: [], styles: [] })
  })
})
