// `npm run dev`: the scenario catalogue is built, then rebuilt (with the page's content stamp) by a
// watcher whenever content is saved, beside `next dev` with any arguments given (`-- -p 4000`).
import { spawn, spawnSync } from 'node:child_process'

const built = spawnSync('npx', ['tsx', 'scripts/build-scenarios.ts'], { stdio: 'inherit' })
if (built.status !== 0) process.exit(built.status ?? 1)
const watcher = spawn('npx', ['tsx', 'scripts/build-scenarios.ts', '--watch'], { stdio: 'inherit' })
const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' })
const stop = () => {
  watcher.kill()
  next.kill()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
next.on('exit', (code) => {
  watcher.kill()
  process.exit(code ?? 0)
})
