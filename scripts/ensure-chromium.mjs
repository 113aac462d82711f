// Makes sure Debian's Chromium is there for Playwright; installs it when running as root.
import { execSync } from 'node:child_process'

const has = (command) => {
  try {
    return execSync(`command -v ${command}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

export function ensureChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  const found = has('chromium')
  if (found) return found
  if (process.getuid?.() !== 0) {
    console.error('Chromium is missing. Install it once, then run npm test again:\n  sudo apt-get update && sudo apt-get install -y chromium')
    process.exit(1)
  }
  console.log('Installing Debian chromium for the browser tests (apt-get, about a minute)...')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
  const installed = has('chromium')
  if (!installed) throw new Error('apt-get finished but chromium is still not on PATH')
  return installed
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium())
