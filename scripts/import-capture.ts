/**
 * `npm run import:capture -- FILE [--connection N] [-o OUT.txt]`: lists the TCP connections of a
 * pcap or pcapng file on stderr and writes one of them (the first by default) as a scenario, to
 * stdout or to OUT.txt. Errors are one line on stderr, exit code 1, and nothing is written.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { importCapture, parseImportArgs } from '../lib/capture/cli'
import { MAX_CAPTURE_BYTES, tooLarge } from '../lib/capture/errors'

function main(args: ReadonlyArray<string>): number {
  const parsed = parseImportArgs(args)
  if (typeof parsed === 'string') return fail(parsed)
  let bytes: Uint8Array
  try {
    // Say "too large" before reading a huge file into memory.
    const size = statSync(parsed.file).size
    if (size > MAX_CAPTURE_BYTES) return fail(`${parsed.file}: ${tooLarge(size)}`)
    bytes = new Uint8Array(readFileSync(parsed.file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return fail(`${parsed.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : 'the file cannot be read'}`)
  }
  const out = importCapture(parsed.file, bytes, parsed.connection)
  process.stderr.write(out.stderr)
  if (out.scenario === null) return out.exitCode
  if (parsed.out === null) process.stdout.write(out.scenario)
  else {
    try {
      writeFileSync(parsed.out, out.scenario)
    } catch {
      return fail(`${parsed.out}: cannot write the scenario there`)
    }
  }
  return 0
}

function fail(line: string): number {
  process.stderr.write(`${line}\n`)
  return 1
}

process.exitCode = main(process.argv.slice(2))
