import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

// `NEXT_OUTPUT=export next build` writes a static site to out/ for any static host.
// It builds into its own folder so it never clobbers the `next start` build in .next/.
const isExport = process.env.NEXT_OUTPUT === 'export'

/** @type {import('next').NextConfig} */
const nextConfig = {
  trailingSlash: true,
  poweredByHeader: false,
  ...(isExport ? { output: 'export', distDir: '.next-export' } : {}),
}

export default withNextIntl(nextConfig)
