/**
 * The pure part of `npm run import:capture -- FILE [--connection N] [-o FILE]`: reading the
 * arguments, listing the connections, and what to print. The script only reads and writes files.
 */
import { formatEndpoint, groupConnections, type Connection } from './connections'
import { readCapture } from './read'
import { connectionToScenario, type ImportedScenario } from './to-scenario'

export const IMPORT_USAGE = 'usage: npm run import:capture -- FILE [--connection N] [-o OUT.txt]'

/** The command's arguments, or the one line that says what is wrong with them. */
export type ImportArgs = { readonly file: string; readonly connection: number; readonly out: string | null }

/** Pure. Reads `FILE [--connection N] [-o OUT]` in any order. */
export function parseImportArgs(args: ReadonlyArray<string>): ImportArgs | string {
  let file: string | null = null
  let connection = 1
  let out: string | null = null
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--connection' || a === '-c') {
      const n = Number(args[++i])
      if (!Number.isInteger(n) || n < 1) return `--connection takes a connection number from 1 (${IMPORT_USAGE})`
      connection = n
    } else if (a === '-o' || a === '--output') {
      const o = args[++i]
      if (!o) return `-o takes the name of the file to write (${IMPORT_USAGE})`
      out = o
    } else if (a.startsWith('-') || file !== null) return `unexpected "${a}" (${IMPORT_USAGE})`
    else file = a
  }
  return file === null ? IMPORT_USAGE : { file, connection, out }
}

/** Pure. `#1 10.0.0.1:5000 → 10.0.0.2:80, 9 segments`, one connection a line. */
export function listConnections(list: ReadonlyArray<Connection>): string {
  return list.map((c) => `#${c.number} ${formatEndpoint(c.client)} → ${formatEndpoint(c.server)}, ${c.segments.length} segment${c.segments.length === 1 ? '' : 's'}`).join('\n')
}

/** What the command prints and writes: `scenario` is null when nothing must be written. */
export type ImportOutput = { readonly scenario: string | null; readonly stderr: string; readonly exitCode: number }

/** A capture's connections, and connection `n` of them imported as a scenario. */
export type ImportedConnection = { readonly connections: ReadonlyArray<Connection>; readonly imported: ImportedScenario }

/**
 * Pure. Reads a capture's bytes and imports connection `n` (from 1): what the command and the
 * playground both do. An error is one line saying what is wrong.
 */
export function importConnection(fileName: string, bytes: Uint8Array, n: number): ImportedConnection | string {
  const read = readCapture(bytes)
  if (!read.ok) return read.error
  const connections = groupConnections(read.value)
  const chosen = connections[n - 1]
  if (!chosen) return `there is no connection #${n}: the file has ${connections.length}`
  try {
    return { connections, imported: connectionToScenario(chosen, fileName.split(/[\\/]/).pop() ?? fileName) }
  } catch (e) {
    // The importer checks its own output; if that ever fails, say so in one line.
    return (e as Error).message
  }
}

/** Pure. The scenario of connection `n` of a capture's bytes, with the list of connections for stderr; or one error line. */
export function importCapture(fileName: string, bytes: Uint8Array, n: number): ImportOutput {
  const result = importConnection(fileName, bytes, n)
  if (typeof result === 'string') return { scenario: null, stderr: `${fileName}: ${result}\n`, exitCode: 1 }
  const { connections, imported } = result
  const verdict = `connection #${n}: ${imported.reproduced} of ${imported.segments} segments replay exactly under the Linux profile`
  return { scenario: imported.text, stderr: `${listConnections(connections)}\n${verdict}\n`, exitCode: 0 }
}
