import { readFileSync } from 'node:fs'
import path from 'node:path'
import { NextResponse, type NextRequest } from 'next/server'
import { type CspManifest, MANIFEST_FILE, sourcesForPath } from './scripts/csp/manifest'
import { contentSecurityPolicy, SECURITY_HEADERS } from './scripts/csp/policy'

// Under `next start` every response gets the security headers, and every page the
// Content-Security-Policy allowing exactly its own inline scripts, by hash: the pages are
// prerendered, so no nonce is possible, and scripts/csp writes the hashes after the build.
// The static export ignores this file; its host reads out/_headers instead. The headers are set
// here rather than in next.config.mjs headers() because a static export build (which also
// leaves a servable build in .next) drops those.

const dev = process.env.NODE_ENV === 'development'
let manifest: CspManifest | undefined

function loadManifest(): CspManifest | undefined {
  if (dev || manifest) return manifest
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', MANIFEST_FILE)
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as CspManifest
  } catch {
    // Fail closed: with no hashes no inline script runs, which the pages' failure to hydrate makes loud.
    // A static export build (NEXT_OUTPUT=export) rebuilds .next too, without hashes: build it first.
    console.error(`${file} is missing: run \`npx next build\` (after any static export build) before \`next start\`.`)
  }
  return manifest
}

export function proxy(request: NextRequest) {
  const response = NextResponse.next()
  const policy = contentSecurityPolicy(sourcesForPath(loadManifest(), request.nextUrl.pathname), dev ? 'development' : 'production')
  response.headers.set('Content-Security-Policy', policy)
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value)
  return response
}
