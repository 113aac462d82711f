import { execSync } from 'node:child_process'
import { defineConfig } from '@playwright/test'

/**
 * Runs every journey twice: against `next start` (the .next build) and against the static
 * export in out/ served by a plain static server. Build both first (`npm test` does).
 */
const SERVER_PORT = Number(process.env.E2E_PORT ?? 3123)
const STATIC_PORT = SERVER_PORT + 1
const STATIC_DIR = process.env.E2E_STATIC_DIR ?? 'out'

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('Chromium is not installed. As root run: apt-get install -y chromium (or set CHROMIUM_PATH).')
  }
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'next-start', use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${SERVER_PORT}` } },
    {
      name: 'static-export',
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${STATIC_PORT}` },
      // Both servers send the same prerendered pages, so the accessibility scan runs once, on next start.
      testIgnore: ['**/accessibility.spec.ts'],
    },
  ],
  webServer: [
    {
      command: `npx next start -p ${SERVER_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${SERVER_PORT}/en/`,
      reuseExistingServer: !process.env.CI,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs ${STATIC_DIR} ${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
})
