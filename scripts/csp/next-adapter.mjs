// A Next build adapter whose only job is to run the security-headers step when `next build`
// finishes, so every build (npm scripts, `npx next build`, the test runner, the scaffold check)
// gets its per-page CSP hashes without anyone remembering a second command.
import path from 'node:path'
import { tsImport } from 'tsx/esm/api'

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'security-headers',
  async onBuildComplete({ projectDir, distDir, config }) {
    const { writeSecurityHeaders } = await tsImport('./write-security-headers.ts', import.meta.url)
    // An export build also rebuilds distDir (.next), but `next start` renders that build's pages
    // afresh rather than serving its HTML, so only the export folder gets hashes (proxy.ts then
    // fails closed until a server build replaces it).
    const exported = config.output === 'export'
    // In export mode a distDir other than .next names the export folder (Next's own rule).
    const dir = exported ? (config.distDir === '.next' ? 'out' : config.distDir) : distDir
    console.log(`Security headers: wrote ${path.relative(projectDir, writeSecurityHeaders(path.resolve(projectDir, dir)))}`)
  },
}

export default adapter
