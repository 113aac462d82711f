'use client'

import { useId } from 'react'
import { TIMER_KINDS } from '@/lib/tcp'
import type { Host, HostId } from '@/lib/sim'
import { cn } from '@/components/ui/cn'
import { formatDuration, type Translate } from './format'

/** One side's TCB (RFC 9293 §3.3.1 variables) and its running timers with the time left. */
export function TcbPanel({ host, hostId, now, t }: { host: Host; hostId: HostId; now: number; t: Translate }) {
  // A lesson shows several simulators: the heading id must be unique on the page.
  const headingId = `tcb-${hostId}-${useId()}`
  const tcb = host.tcb
  const timers = TIMER_KINDS.flatMap((kind) => {
    const timer = host.timers[kind]
    return timer ? [{ kind, left: timer.deadline - now, duration: timer.duration }] : []
  })
  // A listening TCB has no sequence numbers yet (the ISS is chosen when a SYN arrives, RFC 9293 §3.10.7.2).
  const number = (value: number) => (tcb?.state === 'LISTEN' ? t('tcb.notSet') : value)
  const rows: Array<[string, string | number]> = tcb
    ? [
        [t('tcb.state'), tcb.state],
        [t('tcb.iss'), number(tcb.iss)],
        [t('tcb.irs'), number(tcb.irs)],
        [t('tcb.sndUna'), number(tcb.sndUna)],
        [t('tcb.sndNxt'), number(tcb.sndNxt)],
        [t('tcb.rcvNxt'), number(tcb.rcvNxt)],
      ]
    : []
  return (
    <div role="group" aria-labelledby={headingId} className={cn('rounded-md border p-3', hostId === 'client' ? 'border-sky-300 dark:border-sky-800' : 'border-amber-300 dark:border-amber-800')}>
      <h3 id={headingId} className={cn('mb-2 text-sm font-semibold', hostId === 'client' ? 'text-sky-800 dark:text-sky-300' : 'text-amber-800 dark:text-amber-300')}>
        {t('tcb.heading', { host: t(hostId) })}
      </h3>
      {!host.up ? (
        <p className="text-sm font-medium text-red-700 dark:text-red-400">{t('tcb.down')}</p>
      ) : !tcb ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className="font-mono font-semibold">CLOSED</span> · {t('tcb.noTcb')}
        </p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm">
          {rows.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-mono text-slate-600 dark:text-slate-400">{name}</dt>
              <dd className="font-mono font-semibold tabular-nums">
                {value}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {host.up ? (
        <div className="mt-2 text-sm">
          <p className="font-medium text-slate-700 dark:text-slate-300">{t('tcb.timers')}</p>
          {timers.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">{t('tcb.noTimers')}</p>
          ) : (
            <ul className="text-violet-800 dark:text-violet-300">
              {timers.map((timer) => (
                <li key={timer.kind}>
                  {t('tcb.timeLeft', { timer: `${t(`timers.${timer.kind}`)} (${formatDuration(timer.duration, t)})`, time: formatDuration(timer.left, t) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  )
}
