import createNextIntlPlugin from 'next-intl/plugin'
import { fileURLToPath } from 'node:url'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

// `NEXT_OUTPUT=export next build` writes a static site to out/ for any static host.
// In export mode distDir is the output folder; Next still builds in .next/ on the way, replacing
// any `next start` build there, so build the static export first.
const isExport = process.env.NEXT_OUTPUT === 'export'

/** @type {import('next').NextConfig} */
const nextConfig = {
  trailingSlash: true,
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two builds live side by side (for example while testing a branch).
  distDir: process.env.NEXT_DIST_DIR ?? (isExport ? 'out' : '.next'),
  ...(isExport ? { output: 'export' } : {}),
  // After every build, hashes each prerendered page's inline scripts for its Content-Security-Policy
  // (scripts/csp). The headers themselves are set by proxy.ts, and by out/_headers for static hosts.
  adapterPath: fileURLToPath(new URL('./scripts/csp/next-adapter.mjs', import.meta.url)),
}

export default withNextIntl(nextConfig)
