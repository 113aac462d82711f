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
    const written = [writeSecurityHeaders(path.resolve(projectDir, distDir))]
    // An export build leaves a servable build in distDir (.next) too, so both get their file.
    if (config.output === 'export') {
      // A distDir other than .next names the export folder (Next's own rule).
      const outDir = config.distDir === '.next' ? 'out' : config.distDir
      written.push(writeSecurityHeaders(path.resolve(projectDir, outDir)))
    }
    console.log(`Security headers: wrote ${written.map((file) => path.relative(projectDir, file)).join(', ')}`)
  },
}

export default adapter
