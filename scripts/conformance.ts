/**
 * `npm run --silent conformance -- <file>`: judges every case of an oracle-format JSON file
 * (vectors and scenarios) and prints `PASS id` / `FAIL id: expected ..., got ...` per case, then
 * `N passed, N failed`. Exits 1 if any case failed, 2 if the file cannot be read.
 */
import { readFileSync } from 'node:fs'
import { formatReport, runConformance } from '../test-tools/conformance'

function main(argv: ReadonlyArray<string>): number {
  const file = argv.find((a) => a !== '--')
  if (!file) {
    console.error('usage: npm run --silent conformance -- <oracle.json>')
    return 2
  }
  let doc: unknown
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  const report = runConformance(doc)
  console.log(formatReport(report).join('\n'))
  return report.failed > 0 ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
