import { describe, expect, it } from 'vitest'
import { headersForPath, parseHeadersFile, renderHeadersFile } from './headers-file'
import type { CspManifest } from './manifest'
import { checkSecurityHeaders, SECURITY_HEADERS } from './policy'

const manifest: CspManifest = {
  version: 1,
  pages: {
    '/en/': { scripts: ["'sha256-AAAA'"], styles: [] },
    '/': { scripts: ["'sha256-BBBB'"], styles: [] },
  },
}

describe('the _headers file', () => {
  const rules = parseHeadersFile(renderHeadersFile(manifest))

  it('gives a page the common headers and its own policy, which passes the checker', () => {
    const headers = Object.fromEntries(headersForPath(rules, '/en/'))
    expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'sha256-AAAA';")
    expect(checkSecurityHeaders(headers)).toEqual([])
  })

  it('sends exactly one policy per page, and none to a path without a page', () => {
    const policies = (path: string) => headersForPath(rules, path).filter(([name]) => name === 'Content-Security-Policy')
    expect(policies('/')).toHaveLength(1)
    expect(policies('/en/')).toHaveLength(1)
    expect(policies('/_next/static/chunks/a.js')).toEqual([])
    expect(Object.fromEntries(headersForPath(rules, '/_next/static/chunks/a.js'))).toEqual(SECURITY_HEADERS)
  })
})

describe('parseHeadersFile', () => {
  it('reads paths, indented headers and comments the way static hosts do', () => {
    const text = '# comment\n/*\n  X-Frame-Options: DENY\n\n/a/\n  Link: </x.css>; rel=preload\n'
    expect(parseHeadersFile(text)).toEqual([
      { path: '/*', headers: [['X-Frame-Options', 'DENY']] },
      { path: '/a/', headers: [['Link', '</x.css>; rel=preload']] },
    ])
  })

  it('refuses a header that belongs to no path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/not under a path/)
  })
})
