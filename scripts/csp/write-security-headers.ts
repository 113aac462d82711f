/**
 * The step after `next build` (run by the build adapter in next-adapter.mjs, or by hand:
 * `npx tsx scripts/csp/write-security-headers.ts [dir]`). For a `next start` build it writes
 * the hash manifest proxy.ts serves each page's policy from; for a static export, the `_headers`
 * file. Either way it refuses a policy the checker calls loose.
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { HEADERS_LINE_LIMIT, renderHeadersFile } from './headers-file'
import { type CspManifest, MANIFEST_FILE } from './manifest'
import { checkPolicy, contentSecurityPolicy } from './policy'
import { scanServerBuild, scanStaticExport } from './scan-build'

function assertStrict(manifest: CspManifest): void {
  if (Object.keys(manifest.pages).length === 0) throw new Error('No prerendered pages found to hash')
  for (const [route, sources] of Object.entries(manifest.pages)) {
    const problems = checkPolicy(contentSecurityPolicy(sources))
    if (problems.length > 0) throw new Error(`The policy of ${route} is loose: ${problems.join('; ')}`)
  }
}

/** Writes the manifest (a `next start` build: `dir/server` exists) or `_headers` (a static export); returns the file written. */
export function writeSecurityHeaders(dir: string): string {
  if (existsSync(path.join(dir, 'server'))) {
    const manifest = scanServerBuild(dir)
    assertStrict(manifest)
    const file = path.join(dir, MANIFEST_FILE)
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
    return file
  }
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} is neither a next build nor a static export`)
  const manifest = scanStaticExport(dir)
  assertStrict(manifest)
  const text = renderHeadersFile(manifest)
  const long = text.split('\n').filter((line) => line.length > HEADERS_LINE_LIMIT).length
  if (long > 0) console.warn(`_headers: ${long} line(s) exceed ${HEADERS_LINE_LIMIT} characters; Cloudflare Pages would ignore them.`)
  const file = path.join(dir, '_headers')
  writeFileSync(file, text)
  return file
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? (process.env.NEXT_OUTPUT === 'export' ? 'out' : '.next')
  console.log(`Security headers: wrote ${writeSecurityHeaders(path.resolve(dir))}`)
}
