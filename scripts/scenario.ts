/**
 * `npm run scenario -- FILE`: runs one scenario file and prints the run, then how many
 * expectations passed. Problems go to stderr as `FILE:LINE:COLUMN  message  (hint)`, exit code 1.
 */
import { readFileSync } from 'node:fs'
import { SCENARIO_USAGE, scenarioCli, unreadableFile, type CliOutput } from '../lib/scenario-text/cli'

function main(args: ReadonlyArray<string>): CliOutput {
  const file = args[0]
  if (!file || args.length > 1) return { stdout: '', stderr: `${SCENARIO_USAGE}\n`, exitCode: 2 }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return unreadableFile(file, (error as NodeJS.ErrnoException).code)
  }
  return scenarioCli(file, text)
}

const out = main(process.argv.slice(2))
process.stdout.write(out.stdout)
process.stderr.write(out.stderr)
process.exitCode = out.exitCode
