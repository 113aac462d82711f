/**
 * The engine runs behind each problem type: every number a problem gives or expects is read
 * from the trace of a simulation, never computed beside it.
 *
 * @module
 */
import { applyAction, applyActions, createSimulation, hostState } from '../sim/simulation'
import type { HostId, SimAction, SimOptions, SimState, TraceEntry } from '../sim/types'
import type { Segment, TcpState } from '../tcp/types'
import type { ListedSegment, RunSegment } from './types'

type Sent = Extract<TraceEntry, { type: 'segment_sent' }>

const OPEN: ReadonlyArray<SimAction> = [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }, { type: 'run' }]

/** Guard for loops that step the simulation until something happens. */
const MAX_STEPS = 200

function other(host: HostId): HostId {
  return host === 'client' ? 'server' : 'client'
}

function sentSegments(sim: SimState): Sent[] {
  return sim.trace.filter((e): e is Sent => e.type === 'segment_sent')
}

function flagText(s: Segment): string {
  const f = s.flags
  return [f.syn && 'SYN', f.fin && 'FIN', f.rst && 'RST', f.ack && 'ACK'].filter(Boolean).join(',')
}

function opened(options: SimOptions): SimState {
  return applyActions(createSimulation(options), OPEN)
}

function stepUntil(sim: SimState, done: (s: SimState) => boolean): SimState {
  let s = sim
  for (let i = 0; i < MAX_STEPS && !done(s); i++) s = applyAction(s, { type: 'step' })
  return s
}

/** Pure. Runs a handshake with these ISNs and reads the ack of the SYN,ACK and of the third segment. */
export function runHandshake(clientIsn: number, serverIsn: number): { synAckAck: number; thirdAck: number } {
  const sent = sentSegments(opened({ iss: { client: clientIsn, server: serverIsn } }))
  const synAck = sent.find((e) => e.from === 'server' && e.segment.flags.syn && e.segment.flags.ack)
  const third = sent.find((e) => e.from === 'client' && !e.segment.flags.syn && e.segment.flags.ack)
  if (!synAck || !third) throw new Error('the engine did not complete a handshake')
  return { synAckAck: synAck.segment.ack, thirdAck: third.segment.ack }
}

/**
 * Pure. The server listens and the client connects (`side`'s ISS = `iss`); then `side` sends
 * `bytes` octets and closes. Reads the seq of its SYN (the SYN,ACK for the server) and of its
 * FIN, and the octets the peer's application received.
 */
export function runDataThenClose(side: HostId, iss: number, bytes: number): { synSeq: number; finSeq: number; bytes: number } {
  let sim = opened({ iss: side === 'client' ? { client: iss } : { server: iss } })
  sim = applyActions(sim, [{ type: 'send', host: side, bytes }, { type: 'close', host: side }, { type: 'run' }])
  const sent = sentSegments(sim).filter((e) => e.from === side)
  const syn = sent.find((e) => e.segment.flags.syn)
  const fin = sent.find((e) => e.segment.flags.fin)
  if (!syn || !fin) throw new Error('the engine sent no SYN or no FIN')
  return { synSeq: syn.segment.seq, finSeq: fin.segment.seq, bytes: sim.hosts[other(side)].app.bytesReceived }
}

/**
 * Pure. After a handshake, `receiver` first sends `receiverBytes` (0 = nothing, so its last
 * segment is the handshake's pure ACK), then the peer sends `length` octets; reads the data
 * segment as it arrives and the receiver's reply.
 */
export function runReply(
  receiver: HostId,
  isn: { client: number; server: number },
  receiverBytes: number,
  length: number,
): { seq: number; ack: number; length: number; lastSentPureAck: boolean; replySeq: number; replyAck: number } {
  const sender = other(receiver)
  let sim = opened({ iss: isn })
  if (receiverBytes > 0) sim = applyActions(sim, [{ type: 'send', host: receiver, bytes: receiverBytes }, { type: 'run' }])
  const before = sentSegments(sim).filter((e) => e.from === receiver)
  const last = before[before.length - 1]
  sim = applyActions(sim, [{ type: 'send', host: sender, bytes: length }, { type: 'run' }])
  const after = sentSegments(sim).slice(sentSegments(sim).length - 2)
  const data = after.find((e) => e.from === sender && e.segment.len > 0)
  const reply = after.find((e) => e.from === receiver)
  if (!data || !reply || !last) throw new Error('the engine sent no data segment or no reply')
  const pure = last.segment.len === 0 && !last.segment.flags.syn && !last.segment.flags.fin
  return {
    seq: data.segment.seq,
    ack: data.segment.ack,
    length: data.segment.len,
    lastSentPureAck: pure,
    replySeq: reply.segment.seq,
    replyAck: reply.segment.ack,
  }
}

/**
 * Pure. After a handshake the client sends one segment per entry of `lengths`; the one at
 * index `lostIndex` is dropped. Reads the segments and the ack of the server's last ACK before
 * any retransmission (so the run stops before the retransmission timer fires).
 */
export function runLoss(clientIsn: number, lengths: ReadonlyArray<number>, lostIndex: number): { segments: RunSegment[]; ack: number } {
  let sim = opened({ iss: { client: clientIsn } })
  const start = sentSegments(sim).length
  for (const [i, bytes] of lengths.entries()) {
    sim = applyAction(sim, { type: 'send', host: 'client', bytes })
    if (i === lostIndex) sim = applyAction(sim, { type: 'fate_last', from: 'client', fate: 'drop' })
  }
  // Every segment arrives after one delay, well before the initial RTO of 1 s.
  sim = applyAction(sim, { type: 'advance', ms: 3 * sim.channel.delayMs })
  const sent = sentSegments(sim).slice(start)
  const data = sent.filter((e) => e.from === 'client' && e.segment.len > 0)
  const acks = sent.filter((e) => e.from === 'server' && e.segment.flags.ack)
  const lastAck = acks[acks.length - 1]
  if (!lastAck || data.length !== lengths.length) throw new Error('the engine did not send the run as expected')
  return { segments: data.map((e) => ({ seq: e.segment.seq, length: e.segment.len })), ack: lastAck.segment.ack }
}

/**
 * Pure. The exam's close: one-way delay RTT / 2, TIME-WAIT 2 x MSL, the client's FIN sent at
 * 0 ms, the server's CLOSE as soon as that FIN arrives. Reads when each side reaches CLOSED,
 * counted from the client's CLOSE.
 */
export function runCloseTiming(rttMs: number, mslMs: number): { clientClosedMs: number; serverClosedMs: number } {
  let sim = opened({ channel: { delayMs: rttMs / 2 }, mslMs })
  const t0 = sim.time
  sim = applyAction(sim, { type: 'close', host: 'client' })
  sim = stepUntil(sim, (s) => hostState(s, 'server') === 'CLOSE-WAIT')
  sim = applyActions(sim, [{ type: 'close', host: 'server' }, { type: 'run' }])
  const closedAt = (host: HostId) =>
    sim.trace.find((e) => e.type === 'state_change' && e.host === host && e.to === 'CLOSED' && e.time >= t0)?.time
  const client = closedAt('client')
  const server = closedAt('server')
  if (client === undefined || server === undefined) throw new Error('the engine did not close both sides')
  return { clientClosedMs: client - t0, serverClosedMs: server - t0 }
}

/** A segment that arrived, with both states just after it was processed. */
export type ArrivalSnapshot = { readonly segment: ListedSegment; readonly clientState: TcpState; readonly serverState: TcpState }

/**
 * Pure. A whole connection: handshake, the client closes, the server closes once the ACK of
 * the client's FIN is back. Returns every arrival in order with the states just after it.
 */
export function runLifecycle(clientIsn: number, serverIsn: number): ArrivalSnapshot[] {
  let sim = createSimulation({ iss: { client: clientIsn, server: serverIsn } })
  const out: ArrivalSnapshot[] = []
  const sentById = new Map<number, Sent>()
  const play = () => {
    for (let i = 0; i < MAX_STEPS; i++) {
      const before = sim.trace.length
      const next = applyAction(sim, { type: 'step' })
      if (next.trace.length === before) break
      sim = next
      for (const e of sim.trace.slice(before)) {
        if (e.type === 'segment_sent') sentById.set(e.id, e)
        if (e.type !== 'segment_delivered') continue
        const s = sentById.get(e.id)
        if (!s) continue
        out.push({
          segment: {
            from: s.from,
            flags: flagText(s.segment),
            seq: s.segment.seq,
            ack: s.segment.flags.ack ? s.segment.ack : null,
            length: s.segment.len,
          },
          clientState: hostState(sim, 'client') ?? 'CLOSED',
          serverState: hostState(sim, 'server') ?? 'CLOSED',
        })
      }
    }
  }
  const record = (actions: ReadonlyArray<SimAction>) => {
    const before = sim.trace.length
    for (const action of actions) sim = applyAction(sim, action)
    for (const e of sim.trace.slice(before)) if (e.type === 'segment_sent') sentById.set(e.id, e)
  }
  record([{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])
  play()
  record([{ type: 'close', host: 'client' }])
  play()
  record([{ type: 'close', host: 'server' }])
  play()
  return out
}
