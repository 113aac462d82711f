import { defineConfig } from '@playwright/test'
import base from './playwright.config'

/**
 * The scaffold journey (e2e-scaffold/): the course copied to .scaffold-check/ with a lesson made
 * by `npm run new:lesson`, built and served there. `node scripts/scaffold-check.mjs` (part of
 * `npm test`) prepares the copy and runs this.
 */
const PORT = Number(process.env.E2E_SCAFFOLD_PORT ?? 3133)

export default defineConfig({
  ...base,
  testDir: 'e2e-scaffold',
  projects: [{ name: 'scaffold', use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${PORT}` } }],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    cwd: '.scaffold-check',
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: false,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  },
})
