import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { headersForPath, parseHeadersFile } from './headers-file'
import { sourcesForPath, type CspManifest } from './manifest'
import { parsePolicy } from './policy'
import { sha256Source } from './scan-build'
import { writeSecurityHeaders } from './write-security-headers'

const THEME = '(function(){document.documentElement.dataset.theme="x"})()'
const page = (script: string) => `<html><head><script>${THEME}</script></head><body><script>${script}</script><script src="/_next/a.js"></script></body></html>`

let root: string
function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), text)
}
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('writeSecurityHeaders', () => {
  it("writes a static export's _headers with each page's own script hashes", () => {
    root = mkdtempSync(path.join(tmpdir(), 'csp-export-'))
    write('index.html', page('location.replace("/en/")'))
    write('en/index.html', page('self.__next_f.push([0])'))
    write('_next/static/chunks/page.html', page('never served as a page'))
    expect(writeSecurityHeaders(root)).toBe(path.join(root, '_headers'))

    const rules = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'))
    const scriptSrc = (at: string) => parsePolicy(Object.fromEntries(headersForPath(rules, at))['Content-Security-Policy'] ?? '').get('script-src')
    expect(scriptSrc('/en/')).toEqual(["'self'", ...[sha256Source(THEME), sha256Source('self.__next_f.push([0])')].sort()])
    expect(scriptSrc('/')).toContain(sha256Source('location.replace("/en/")'))
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/', '/en/'])
  })

  it('writes the manifest proxy.ts reads for a next start build, in either page layout', () => {
    root = mkdtempSync(path.join(tmpdir(), 'csp-server-'))
    write('server/app/_not-found.html', page('notFound()'))
    write('server/route-cache/APP_PAGE/ab12/$/en/exam.html', page('exam()'))
    write('server/pages/500.html', page('pagesRouter()'))
    writeSecurityHeaders(root)

    const manifest = JSON.parse(readFileSync(path.join(root, 'csp-manifest.json'), 'utf8')) as CspManifest
    expect(Object.keys(manifest.pages).sort()).toEqual(['/_not-found/', '/en/exam/'])
    expect(sourcesForPath(manifest, '/en/exam/').scripts).toContain(sha256Source('exam()'))
    expect(sourcesForPath(manifest, '/elsewhere/').scripts).toContain(sha256Source('notFound()'))
  })

  it('refuses a folder that holds no build', () => {
    root = mkdtempSync(path.join(tmpdir(), 'csp-empty-'))
    expect(() => writeSecurityHeaders(root)).toThrow(/neither a next build nor a static export/)
  })
})
