/**
 * The course's Content-Security-Policy and the other security headers, and the checker that
 * refuses a loosened policy (used by the build step, the unit tests and the e2e journey).
 * Pure: no file system, so `proxy.ts` can import it.
 */

/** CSP sources for one prerendered page: the hash of each of its inline scripts and styles. */
export interface PageSources {
  scripts: readonly string[]
  styles: readonly string[]
}

/** `next dev` renders every request afresh, so it has no prerendered HTML to hash. */
export type PolicyMode = 'production' | 'development'

const SELF = "'self'"
const NONE = "'none'"

/** The Content-Security-Policy of one page, directives in a fixed order, joined with `; `. */
export function contentSecurityPolicy(page: PageSources, mode: PolicyMode = 'production'): string {
  const dev = mode === 'development'
  const directives: [string, ...string[]][] = [
    ['default-src', SELF],
    // Prerendered pages carry inline scripts (Next's bootstrap and RSC payload, the theme script,
    // the language redirect on `/`): each is allowed by its hash, read from that page's HTML after
    // the build. Development only: next dev renders on request, so there is nothing to hash, and
    // React uses eval there to rebuild server error stacks.
    ['script-src', SELF, ...page.scripts, ...(dev ? ["'unsafe-inline'", "'unsafe-eval'"] : [])],
    // Development only: next dev injects the stylesheets as <style> elements.
    ['style-src', SELF, ...page.styles, ...(dev ? ["'unsafe-inline'"] : [])],
    // React renders style props as style attributes in prerendered HTML (the segment list's
    // virtual padding); an attribute can neither run script nor, with the sources below, load anything.
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', SELF],
    ['font-src', SELF],
    ['connect-src', SELF],
    // The service worker (/sw.js), from this origin only.
    ['worker-src', SELF],
    ['manifest-src', SELF],
    ['object-src', NONE],
    ['base-uri', NONE],
    ['form-action', SELF],
    ['frame-ancestors', NONE],
  ]
  return directives.map((directive) => directive.join(' ')).join('; ')
}

/** The headers every response carries besides the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors 'none' says the same to browsers that read CSP; this is for those that do not.
  'X-Frame-Options': 'DENY',
  // The course needs no Referer from anyone, not even itself.
  'Referrer-Policy': 'no-referrer',
  // The course uses none of these browser features. The clipboard stays allowed: Copy and Share use it.
  'Permissions-Policy': [
    'accelerometer',
    'autoplay',
    'browsing-topics',
    'camera',
    'display-capture',
    'encrypted-media',
    'fullscreen',
    'geolocation',
    'gyroscope',
    'hid',
    'idle-detection',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'picture-in-picture',
    'publickey-credentials-get',
    'screen-wake-lock',
    'serial',
    'usb',
    'xr-spatial-tracking',
  ]
    .map((feature) => `${feature}=()`)
    .join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/** A policy as directive name to its sources; a repeated directive keeps its first value, as browsers do. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    const key = name.toLowerCase()
    if (!directives.has(key)) directives.set(key, sources)
  }
  return directives
}

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/
const EXACT: Record<string, readonly string[]> = {
  'default-src': [SELF],
  'object-src': [NONE],
  'base-uri': [NONE],
  'form-action': [SELF],
  'frame-ancestors': [NONE],
}
const REQUIRED = ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors']
// The one allowance beyond 'self', 'none' and hashes, and the one directive it may appear in.
const ALLOWED_EXTRA: Record<string, readonly string[]> = { 'style-src-attr': ["'unsafe-inline'"] }

/**
 * Every way `policy` is looser than the course's production policy, one sentence each; empty
 * when it is as strict. Refused: a missing directive; a remote host, scheme or `*` anywhere;
 * `'unsafe-inline'`, `'unsafe-eval'` or any other keyword outside the one allowance;
 * frame-ancestors, object-src, base-uri, form-action or default-src other than ours.
 */
export function checkPolicy(policy: string): string[] {
  const directives = parsePolicy(policy)
  const problems: string[] = []
  for (const name of REQUIRED) if (!directives.has(name)) problems.push(`${name} is missing`)
  for (const [name, sources] of directives) {
    const exact = EXACT[name]
    if (exact && sources.join(' ') !== exact.join(' ')) {
      problems.push(`${name} must be ${exact.join(' ')}, not ${sources.join(' ') || '(empty)'}`)
      continue
    }
    for (const source of sources) {
      if (source === SELF || source === NONE || HASH.test(source)) continue
      if (ALLOWED_EXTRA[name]?.includes(source)) continue
      problems.push(
        source.startsWith("'")
          ? `${name} allows ${source}`
          : `${name} allows the remote or scheme source ${source}`,
      )
    }
  }
  return problems
}

/**
 * Every way a response's headers fall short: the policy's problems (see {@link checkPolicy}),
 * then each of {@link SECURITY_HEADERS} missing or different. Header names are matched
 * case-insensitively.
 */
export function checkSecurityHeaders(headers: Readonly<Record<string, string | undefined>>): string[] {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
  const policy = lower.get('content-security-policy')
  const problems = policy === undefined ? ['Content-Security-Policy is missing'] : checkPolicy(policy)
  for (const [name, expected] of Object.entries(SECURITY_HEADERS)) {
    const actual = lower.get(name.toLowerCase())
    if (actual !== expected) problems.push(`${name} is ${actual === undefined ? 'missing' : `"${actual}"`}, expected "${expected}"`)
  }
  return problems
}
