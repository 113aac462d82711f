'use client'

import { useTranslations } from 'next-intl'
import { useId, useState, type DragEvent } from 'react'
import type { SimRecording } from '@/lib/sim'
import { CopiedText } from '@/components/simulator/copied-text'
import { SimulatorWidget } from '@/components/simulator/simulator'
import { cn } from '@/components/ui/cn'
import { MAX_CAPTURE_BYTES } from '@/lib/capture/errors'

/** One connection of an opened capture, imported: the rows to compare and the replay to step through. */
type Opened = {
  readonly name: string
  readonly connections: ReadonlyArray<string>
  readonly chosen: number
  readonly text: string
  readonly reproduced: number
  readonly segments: number
  readonly rows: ReadonlyArray<{ packet: number; atMs: number; from: 'client' | 'server'; segment: string; differs: string | null }>
  readonly recording: SimRecording
}

/** Reads a capture and imports connection `n` (from 1); the importer loads with the first capture. */
async function open(name: string, bytes: Uint8Array, n: number): Promise<Opened | string> {
  const [{ importConnection }, { formatEndpoint }, { recordingOf }] = await Promise.all([import('@/lib/capture/cli'), import('@/lib/capture/connections'), import('@/lib/sim')])
  const result = importConnection(name, bytes, n)
  if (typeof result === 'string') return result
  const { connections, imported } = result
  return {
    name,
    connections: connections.map((c) => `#${c.number} ${formatEndpoint(c.client)} → ${formatEndpoint(c.server)}`),
    chosen: n,
    text: imported.text,
    reproduced: imported.reproduced,
    segments: imported.segments,
    rows: imported.rows,
    recording: recordingOf(imported.replay),
  }
}

/**
 * The playground's "Open a capture": a tcpdump or Wireshark file (picked or dropped) becomes a
 * scenario; the captured segments stand beside the engine's replay under the Linux profile, each
 * difference marked, and the replay runs in a simulator below.
 */
export function OpenCapture() {
  const t = useTranslations('simulator.capture')
  const id = useId()
  const [opened, setOpened] = useState<Opened | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null)
  const [dragging, setDragging] = useState(false)
  const refuse = (message: string) => {
    setError(message)
    setOpened(null)
  }
  const load = async (name: string, bytes: Uint8Array, n = 1) => {
    setFile({ name, bytes })
    const result = await open(name, bytes, n)
    if (typeof result === 'string') refuse(`${name}: ${result}`)
    else {
      setError(null)
      setOpened(result)
    }
  }
  const take = async (files: FileList | null) => {
    const picked = files?.[0]
    if (!picked) return
    // Refused from its size alone, before a byte of it is read into memory.
    if (picked.size > MAX_CAPTURE_BYTES) return refuse(t('tooLarge', { name: picked.name, max: MAX_CAPTURE_BYTES / 1024 / 1024 }))
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await picked.arrayBuffer())
    } catch {
      return refuse(t('unreadable', { name: picked.name }))
    }
    await load(picked.name, bytes)
  }
  const drop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void take(event.dataTransfer.files)
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('intro')}</p>
      <div
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={cn('mt-2 rounded-lg border-2 border-dashed p-4 text-sm', dragging ? 'border-sky-600 bg-sky-50 dark:bg-sky-950' : 'border-slate-300 dark:border-slate-600')}
      >
        <label htmlFor={`${id}-file`} className="font-medium">
          {t('file')}
        </label>
        <input id={`${id}-file`} type="file" accept=".pcap,.pcapng,.cap" className="mt-1 block text-sm" onChange={(event) => void take(event.currentTarget.files)} />
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t('drop')}</p>
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      {opened && file ? (
        <div className="mt-3 space-y-3">
          {opened.connections.length > 1 ? (
            <label className="block text-sm" htmlFor={`${id}-connection`}>
              {t('connection')}
              <select
                id={`${id}-connection`}
                className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-800"
                value={opened.chosen}
                onChange={(event) => void load(file.name, file.bytes, Number(event.target.value))}
              >
                {opened.connections.map((c, i) => (
                  <option key={c} value={i + 1}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <p role="status" className="text-sm font-semibold">
            {t('verdict', { name: opened.name, connection: opened.connections[opened.chosen - 1] ?? '', reproduced: opened.reproduced, segments: opened.segments })}
          </p>
          <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700">
            <table className="w-full min-w-[34rem] border-collapse font-mono text-xs">
              <caption className="sr-only">{t('caption')}</caption>
              <thead className="bg-slate-100 text-left font-sans dark:bg-slate-800">
                <tr>
                  {(['packet', 'time', 'sender', 'captured', 'replay'] as const).map((col) => (
                    <th key={col} scope="col" className="px-2 py-1.5 font-semibold">
                      {t(`column.${col}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {opened.rows.map((row) => (
                  <tr key={row.packet} className={cn('border-t border-slate-200 dark:border-slate-700', row.differs && 'bg-amber-50 dark:bg-amber-950/40')}>
                    <td className="px-2 py-1">{row.packet}</td>
                    <td className="px-2 py-1 tabular-nums">{(row.atMs / 1000).toFixed(3)}</td>
                    <td className="px-2 py-1">{t(`host.${row.from}`)}</td>
                    <td className="px-2 py-1">{row.segment}</td>
                    <td className="px-2 py-1">
                      {row.differs ? (
                        <span className="font-semibold text-amber-800 dark:text-amber-300">≠ {row.differs}</span>
                      ) : (
                        <span>
                          <span aria-hidden="true">✓ </span>
                          {t('same')}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SimulatorWidget
            key={`${opened.name}-${opened.chosen}`}
            scenarioId={null}
            profile="linux"
            variant="standard"
            recording={opened.recording}
            title={t('replayTitle', { name: opened.name })}
          />
          <CopiedText status={t('scenarioText')} label={t('scenarioField')} text={opened.text} lines={12} />
        </div>
      ) : null}
    </section>
  )
}
