import { describe, expect, it } from 'vitest'
import { checkPolicy, checkSecurityHeaders, contentSecurityPolicy, parsePolicy, SECURITY_HEADERS } from './policy'

const HASH = "'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='"
const page = { scripts: [HASH], styles: [] }
const production = contentSecurityPolicy(page)

/** The production policy with one directive's sources replaced. */
function withDirective(name: string, sources: string): string {
  const directives = parsePolicy(production)
  directives.set(name, sources.split(' '))
  return [...directives].map(([key, value]) => [key, ...value].join(' ')).join('; ')
}

describe('contentSecurityPolicy', () => {
  it('allows scripts from the origin and the page hashes only, and forbids framing, plugins and base changes', () => {
    const directives = parsePolicy(production)
    expect(directives.get('script-src')).toEqual(["'self'", HASH])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('worker-src')).toEqual(["'self'"])
    expect(production).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('passes its own checker in production and fails it in development', () => {
    expect(checkPolicy(production)).toEqual([])
    expect(checkPolicy(contentSecurityPolicy(page, 'development'))).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      "style-src allows 'unsafe-inline'",
    ])
  })
})

describe('checkPolicy', () => {
  it.each([
    ['script-src', `'self' ${HASH} 'unsafe-inline'`, "script-src allows 'unsafe-inline'"],
    ['script-src', `'self' 'unsafe-eval'`, "script-src allows 'unsafe-eval'"],
    ['script-src', `'self' 'strict-dynamic'`, "script-src allows 'strict-dynamic'"],
    ['script-src', `'self' https://cdn.example.com`, 'script-src allows the remote or scheme source https://cdn.example.com'],
    ['connect-src', `'self' wss://example.com`, 'connect-src allows the remote or scheme source wss://example.com'],
    ['img-src', `'self' *`, 'img-src allows the remote or scheme source *'],
    ['img-src', `'self' data:`, 'img-src allows the remote or scheme source data:'],
    ['style-src', `'self' 'unsafe-inline'`, "style-src allows 'unsafe-inline'"],
    ['frame-ancestors', `'self'`, "frame-ancestors must be 'none', not 'self'"],
    ['object-src', `'self'`, "object-src must be 'none', not 'self'"],
    ['default-src', `*`, "default-src must be 'self', not *"],
  ])('refuses %s %s', (name, sources, problem) => {
    expect(checkPolicy(withDirective(name, sources))).toContain(problem)
  })

  it('refuses a policy missing frame-ancestors or script-src', () => {
    const without = (name: string) => production.split('; ').filter((part) => !part.startsWith(`${name} `)).join('; ')
    expect(checkPolicy(without('frame-ancestors'))).toEqual(['frame-ancestors is missing'])
    expect(checkPolicy(without('script-src'))).toEqual(['script-src is missing'])
  })

  it('reads a repeated directive as its first value, as browsers do', () => {
    expect(checkPolicy(`${production}; script-src 'unsafe-inline'`)).toEqual([])
    expect(checkPolicy(`script-src * ; ${production}`)).toContain('script-src allows the remote or scheme source *')
  })
})

describe('checkSecurityHeaders', () => {
  const headers = { 'content-security-policy': production, ...SECURITY_HEADERS }

  it('accepts the course headers, whatever the case of their names', () => {
    expect(checkSecurityHeaders(headers)).toEqual([])
    expect(checkSecurityHeaders(Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])))).toEqual([])
  })

  it('refuses a missing policy and a loosened or missing header', () => {
    expect(checkSecurityHeaders({ ...SECURITY_HEADERS })).toEqual(['Content-Security-Policy is missing'])
    expect(checkSecurityHeaders({ ...headers, 'Referrer-Policy': 'unsafe-url' })).toEqual([
      'Referrer-Policy is "unsafe-url", expected "no-referrer"',
    ])
    expect(checkSecurityHeaders({ ...headers, 'X-Content-Type-Options': undefined })).toEqual([
      'X-Content-Type-Options is missing, expected "nosniff"',
    ])
  })
})
