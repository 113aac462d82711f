/**
 * The `_headers` file a static host reads (the Netlify and Cloudflare Pages format): a path on a
 * line of its own, then its headers indented as `Name: value`. Every matching rule applies.
 * scripts/serve-static.mjs reads the same file, so the e2e checks what a static host would send.
 */
import type { CspManifest } from './manifest'
import { contentSecurityPolicy, SECURITY_HEADERS } from './policy'

/** Cloudflare Pages ignores longer lines; Netlify has no such limit. */
export const HEADERS_LINE_LIMIT = 2000

/** One rule: a path (exact, or ending in `*` for any path that starts with the rest) and its headers. */
export interface HeaderRule {
  path: string
  headers: [name: string, value: string][]
}

/**
 * The file for an export: the common headers for every path, then each page's own
 * Content-Security-Policy. Only one rule per page carries a policy, because a browser enforces
 * every policy it receives and a host sends the headers of every matching rule.
 */
export function renderHeadersFile(manifest: CspManifest): string {
  const lines = [
    '# Security headers for static hosts (Netlify, Cloudflare Pages), written after the build',
    '# by scripts/csp: each page has its own Content-Security-Policy allowing exactly the inline',
    '# scripts it carries, by hash. Rebuild rather than edit: the hashes change with the content.',
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ]
  for (const [route, sources] of Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(route, `  Content-Security-Policy: ${contentSecurityPolicy(sources)}`)
  }
  return `${lines.join('\n')}\n`
}

/** The rules of a `_headers` file; comments and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] })
      continue
    }
    const colon = line.indexOf(':')
    const rule = rules.at(-1)
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`)
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  return rules
}

/** The headers for `pathname`: those of every matching rule, in file order. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): [string, string][] {
  return rules
    .filter((rule) => (rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path))
    .flatMap((rule) => rule.headers)
}
