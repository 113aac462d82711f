/**
 * The course's scenarios as data (RFC 9293 §3.5, §3.6, §3.8.4 figures and the oracle's
 * message-sequence charts). Ids are stable: lessons and URLs refer to them.
 */
import { getProfile } from '../tcp/profiles'
import { referenceTcb } from '../tcp/reference'
import { createSegment } from '../tcp/segment'
import type { ProfileId } from '../tcp/types'
import type { SimAction } from '../sim/types'
import type { Scenario } from './types'

const HOUR_MS = 3_600_000

/** Both hosts ESTABLISHED after a textbook handshake (client 101/301, server 301/101). */
function bothEstablished(profile: ProfileId, keepAlive: { client?: boolean; server?: boolean } = {}): SimAction[] {
  const p = getProfile(profile)
  return [
    { type: 'set_tcb', host: 'client', tcb: referenceTcb('ESTABLISHED', 'client', p, { keepAlive: keepAlive.client ?? false }) },
    { type: 'set_tcb', host: 'server', tcb: referenceTcb('ESTABLISHED', 'server', p, { keepAlive: keepAlive.server ?? false }) },
  ]
}

/** The stale SYN of an earlier incarnation (RFC 9293 Fig. 8 uses SEQ=90). */
const OLD_SYN = createSegment({ seq: 90, flags: { syn: true }, wnd: 65535 })

function keepAliveDeadPeer(profile: ProfileId, zhName: string, enName: string): Scenario {
  const ka = getProfile(profile).keepAlive
  return {
    id: `keepalive-dead-peer-${profile}`,
    title: { en: `Keep-alive finds a dead peer (${enName})`, zh: `保活计时器发现对方已失效（${zhName}）` },
    description: {
      en: `The client host dies right after the connection is set up. After ${ka.idleMs / 1000} s of silence the server sends a probe, then one every ${ka.intervalMs / 1000} s; after ${ka.probes} unanswered probes it gives up and closes.`,
      zh: `连接建立后客户端主机立即故障。服务器空闲 ${ka.idleMs / 1000} 秒后发送第一个探测报文段，之后每隔 ${ka.intervalMs / 1000} 秒发送一个；连续 ${ka.probes} 个探测报文段都没有响应，就认为客户端出了故障，关闭连接。`,
    },
    hypothetical: false,
    profile,
    variant: 'standard',
    setup: bothEstablished(profile, { server: true }),
    script: [{ type: 'crash', host: 'client' }, { type: 'advance', ms: 3 * HOUR_MS }],
    expected: { client: null, server: 'CLOSED' },
  }
}

const list: Scenario[] = [
  {
    id: 'three-way-handshake',
    title: { en: 'Three-way handshake', zh: '三次握手建立连接' },
    description: {
      en: 'The client (ISS x = 100) connects to a listening server (ISS y = 300): SYN, SYN,ACK, ACK.',
      zh: '客户端 A（初始序号 x = 100）向处于 LISTEN 的服务器 B（初始序号 y = 300）发起连接：SYN=1, seq=x；SYN=1, ACK=1, seq=y, ack=x+1；ACK=1, seq=x+1, ack=y+1。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: [{ type: 'listen', host: 'server' }],
    script: [{ type: 'connect', host: 'client' }, { type: 'run' }],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    id: 'handshake-then-data',
    title: { en: 'Handshake, then the first data', zh: '三次握手之后发送第一批数据' },
    description: {
      en: 'A normal handshake whose third segment is a bare ACK; only then does the client send 100 bytes. The bare ACK consumes no sequence number, so the first data byte is still x + 1 = 101.',
      zh: '正常的三次握手，第三个报文段是不携带数据的确认报文段；之后客户端才发送 100 字节。这个确认报文段不消耗序号，所以第一个数据字节的序号仍是 x + 1 = 101。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: [{ type: 'listen', host: 'server' }],
    script: [{ type: 'connect', host: 'client' }, { type: 'run' }, { type: 'send', host: 'client', bytes: 100 }, { type: 'run' }],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
    checkpoints: [{ afterAction: 2, client: 'ESTABLISHED', server: 'ESTABLISHED' }],
  },
  {
    id: 'handshake-with-data',
    title: { en: 'Data on the third segment', zh: '第三个报文段携带数据' },
    description: {
      en: 'The client application writes 100 bytes before the handshake ends. They wait in SYN-SENT and ride on the third segment: ACK=1, seq=x+1=101, ack=y+1=301, 100 bytes (RFC 9293 §3.10.7.3 allows this).',
      zh: '客户端应用进程在握手完成前就写入了 100 字节。数据在 SYN-SENT 状态先排队，随第三个报文段一起发出：ACK=1, seq=x+1=101, ack=y+1=301，携带 100 字节数据（RFC 9293 第 3.10.7.3 节允许这样做）。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: [{ type: 'listen', host: 'server' }],
    script: [{ type: 'connect', host: 'client' }, { type: 'send', host: 'client', bytes: 100 }, { type: 'run' }],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    id: 'lost-syn',
    title: { en: 'Lost SYN: the client retransmits', zh: 'SYN 丢失：客户端超时重传' },
    description: {
      en: 'The client\'s first SYN is lost. Nothing comes back, so after the retransmission timeout (1 s) the client sends the same SYN again, seq 100, and the handshake completes.',
      zh: '客户端的第一个 SYN 丢失了，没有任何回应。超时重传计时器（1 秒）到时后，客户端重传同一个 SYN（seq=100），随后三次握手正常完成。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: [{ type: 'listen', host: 'server' }],
    script: [{ type: 'connect', host: 'client' }, { type: 'fate_last', from: 'client', fate: 'drop' }, { type: 'run' }],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
    checkpoints: [{ afterAction: 2, client: 'SYN-SENT', server: 'LISTEN' }],
  },
  {
    id: 'lost-syn-ack',
    title: { en: 'Lost SYN,ACK: both ends retransmit', zh: 'SYN+ACK 丢失：双方都超时重传' },
    description: {
      en: 'The server\'s SYN,ACK is lost. Both timers run out at about the same time: the client resends its SYN, which the server in SYN-RECEIVED answers with a bare ACK (RFC 9293; Linux resends SYN,ACK), and the server resends its SYN,ACK. A bare ACK does not move the client out of SYN-SENT; the SYN,ACK does.',
      zh: '服务器的 SYN+ACK 丢失。双方的超时重传计时器几乎同时到时：客户端重传 SYN，处于 SYN-RECEIVED 的服务器对它只回一个确认报文段（RFC 9293 的做法；Linux 会再发一次 SYN+ACK）；服务器也重传 SYN+ACK。只有确认、没有 SYN 的报文段不能让客户端离开 SYN-SENT，收到 SYN+ACK 才行。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: [{ type: 'listen', host: 'server' }],
    script: [{ type: 'connect', host: 'client' }, { type: 'step' }, { type: 'fate_last', from: 'server', fate: 'drop' }, { type: 'run' }],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
    checkpoints: [{ afterAction: 3, client: 'SYN-SENT', server: 'SYN-RECEIVED' }],
  },
  {
    id: 'syn-retries-exhausted',
    title: { en: 'No answer to the SYN: Linux gives up after 127 s', zh: 'SYN 始终得不到回应：Linux 127 秒后放弃' },
    description: {
      en: 'The server host is down. The client resends its SYN with the timeout doubling each time (1, 2, 4 ... 64 s): six retransmissions, the Linux default tcp_syn_retries = 6, and at 127 s it gives up and reports a timeout. RFC 9293 asks that a SYN be retried for at least 3 minutes.',
      zh: '服务器主机已关机。客户端重传 SYN，每次超时时间加倍（1、2、4……64 秒）：共重传 6 次（Linux 默认 tcp_syn_retries = 6），到 127 秒时放弃并报告连接超时。RFC 9293 要求对 SYN 的重传至少坚持 3 分钟。',
    },
    hypothetical: false,
    profile: 'linux',
    variant: 'standard',
    setup: [{ type: 'crash', host: 'server' }],
    script: [{ type: 'connect', host: 'client' }, { type: 'run' }],
    expected: { client: 'CLOSED', server: null },
  },
  {
    id: 'two-way-handshake',
    title: { en: 'Hypothetical: two-way handshake', zh: '假想：两次握手' },
    description: {
      en: 'NOT TCP. The server treats the connection as established as soon as it sends SYN,ACK; with no loss it seems to work.',
      zh: '这不是 TCP。服务器发出 SYN,ACK 就认为连接已建立；在没有丢失和延迟时似乎也能工作。',
    },
    hypothetical: true,
    profile: 'rfc',
    variant: 'two_way_handshake',
    setup: [{ type: 'listen', host: 'server' }],
    script: [{ type: 'connect', host: 'client' }, { type: 'run' }],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    id: 'four-segment-handshake',
    title: { en: 'Hypothetical: four-segment handshake', zh: '假想：四次握手' },
    description: {
      en: 'NOT TCP. The server sends its ACK and its SYN separately: SYN, ACK, SYN, ACK. It works, but one segment is wasted; TCP puts the ACK and the SYN in one segment.',
      zh: '这不是 TCP。服务器把确认和自己的 SYN 分开发送：SYN、ACK、SYN、ACK。可以工作，但多用了一个报文段；TCP 把 ACK 和 SYN 合并在一个报文段中。',
    },
    hypothetical: true,
    profile: 'rfc',
    variant: 'four_segment_handshake',
    setup: [{ type: 'listen', host: 'server' }],
    script: [{ type: 'connect', host: 'client' }, { type: 'run' }],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    id: 'simultaneous-open',
    title: { en: 'Simultaneous open', zh: '同时打开' },
    description: {
      en: 'Both ends send a SYN at the same moment. The SYNs cross, both go to SYN-RECEIVED and answer with SYN,ACK; four segments in all (RFC 9293 Fig. 7).',
      zh: '双方同时发出 SYN，两个 SYN 在网络中交叉，双方都进入 SYN-RECEIVED 并回复 SYN,ACK，共四个报文段（RFC 9293 图 7）。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: [],
    script: [{ type: 'connect', host: 'client' }, { type: 'connect', host: 'server' }, { type: 'run' }],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  },
  {
    id: 'old-duplicate-syn',
    title: { en: 'Old duplicate SYN: the three-way handshake recovers', zh: '已失效的连接请求报文段：三次握手能够识别' },
    description: {
      en: 'The client\'s SYN is delayed; a stale SYN (seq 90) from an earlier incarnation reaches the server first. The client sees ack 91, answers RST, the server returns to LISTEN, and the real SYN then opens the connection (RFC 9293 Fig. 8).',
      zh: '客户端的 SYN 被延迟，一个早先的已失效 SYN（seq=90）先到达服务器。客户端发现 ack=91 不对，回复 RST，服务器回到 LISTEN；随后真正的 SYN 到达，连接正常建立（RFC 9293 图 8）。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: [{ type: 'listen', host: 'server' }],
    script: [
      { type: 'connect', host: 'client' },
      { type: 'fate_last', from: 'client', fate: 'delay' },
      { type: 'inject', from: 'client', segment: OLD_SYN },
      { type: 'fate', segmentId: 2, fate: 'deliver' },
      { type: 'step' },
      { type: 'step' },
      { type: 'fate', segmentId: 1, fate: 'deliver' },
      { type: 'run' },
    ],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
    checkpoints: [
      { afterAction: 4, client: 'SYN-SENT', server: 'SYN-RECEIVED' },
      { afterAction: 6, client: 'SYN-SENT', server: 'LISTEN' },
    ],
  },
  {
    id: 'old-duplicate-syn-two-way',
    title: { en: 'Hypothetical: old duplicate SYN with a two-way handshake', zh: '假想：两次握手时的已失效连接请求' },
    description: {
      en: 'NOT TCP. The same stale SYN makes a two-way server establish a connection nobody wants and wait for data that never comes. Here the client ignores the SYN,ACK, as the textbook tells it; an RFC 9293 or Linux client would answer it with RST, but only after the server has already committed its resources.',
      zh: '这不是 TCP。同样的已失效 SYN 让两次握手的服务器建立了一个没人要的连接，一直等待永远不会到来的数据，白白浪费资源。这里客户端不理睬这个确认，与教材的说法一致；按 RFC 9293 实现的客户端（以及 Linux）会回复 RST，但那时服务器已经为这个连接分配了资源。',
    },
    hypothetical: true,
    profile: 'rfc',
    variant: 'two_way_handshake',
    setup: [{ type: 'listen', host: 'server' }],
    script: [
      { type: 'connect', host: 'client' },
      { type: 'fate_last', from: 'client', fate: 'delay' },
      { type: 'inject', from: 'client', segment: OLD_SYN },
      { type: 'fate', segmentId: 2, fate: 'deliver' },
      { type: 'step' },
    ],
    expected: { client: 'SYN-SENT', server: 'ESTABLISHED' },
  },
  {
    id: 'connection-refused',
    title: { en: 'Connection refused', zh: '连接被拒绝' },
    description: {
      en: 'No application listens on the server port: the SYN is answered with <SEQ=0><ACK=101><CTL=RST,ACK> and the client goes back to CLOSED.',
      zh: '服务器端口上没有进程在监听：SYN 得到的回答是复位报文段 <SEQ=0><ACK=101><CTL=RST,ACK>，客户端回到 CLOSED。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: [],
    script: [{ type: 'connect', host: 'client' }, { type: 'run' }],
    expected: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    id: 'four-way-close',
    title: { en: 'Four-way close', zh: '四次挥手释放连接' },
    description: {
      en: 'The client closes first (FIN seq u = 101), the server acknowledges (seq v = 301), later closes (FIN seq w = 301, ack u+1), and the client waits 2MSL in TIME-WAIT.',
      zh: '客户端先关闭（FIN=1, seq=u=101），服务器确认（ACK=1, seq=v=301, ack=u+1），之后服务器也关闭（FIN=1, ACK=1, seq=w=301, ack=u+1），客户端在 TIME-WAIT 等待 2MSL 后关闭。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: bothEstablished('rfc'),
    script: [{ type: 'close', host: 'client' }, { type: 'run' }, { type: 'close', host: 'server' }, { type: 'run' }],
    expected: { client: 'CLOSED', server: 'CLOSED' },
    checkpoints: [{ afterAction: 2, client: 'FIN-WAIT-2', server: 'CLOSE-WAIT' }],
  },
  {
    id: 'half-close-with-data',
    title: { en: 'Half-close: data keeps flowing after the first FIN', zh: '半关闭：第一个 FIN 之后数据仍可传送' },
    description: {
      en: 'The client closes, the server still sends 100 bytes in CLOSE-WAIT, the client in FIN-WAIT-2 receives and acknowledges them; the server then closes with seq w = 401.',
      zh: '客户端关闭后，服务器在 CLOSE-WAIT 状态还发送了 100 字节，处于 FIN-WAIT-2 的客户端照常接收并确认；随后服务器关闭，FIN 的 seq=w=401。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: bothEstablished('rfc'),
    script: [
      { type: 'close', host: 'client' },
      { type: 'run' },
      { type: 'send', host: 'server', bytes: 100 },
      { type: 'run' },
      { type: 'close', host: 'server' },
      { type: 'run' },
    ],
    expected: { client: 'CLOSED', server: 'CLOSED' },
    checkpoints: [{ afterAction: 4, client: 'FIN-WAIT-2', server: 'CLOSE-WAIT' }],
  },
  {
    id: 'three-segment-close',
    title: { en: 'Three-segment close: FIN and ACK in one segment', zh: '三报文段释放：ACK 和 FIN 合在一个报文段中' },
    description: {
      en: 'The server delays its ACK (200 ms) and its application closes at once, so the ACK rides on its FIN: the client goes from FIN-WAIT-1 straight to TIME-WAIT.',
      zh: '服务器推迟确认（200 毫秒），而应用进程立即关闭，于是确认搭载在 FIN 上一起发出：客户端从 FIN-WAIT-1 直接进入 TIME-WAIT。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    options: { delayedAckMs: 200 },
    setup: bothEstablished('rfc'),
    script: [
      { type: 'close', host: 'client' },
      { type: 'step' },
      { type: 'close', host: 'server' },
      { type: 'step' },
      { type: 'run' },
    ],
    expected: { client: 'CLOSED', server: 'CLOSED' },
    checkpoints: [{ afterAction: 4, client: 'TIME-WAIT', server: 'LAST-ACK' }],
  },
  {
    id: 'simultaneous-close',
    title: { en: 'Simultaneous close', zh: '同时关闭' },
    description: {
      en: 'Both applications close at the same moment; the FINs cross, both ends pass through CLOSING and both wait in TIME-WAIT (RFC 9293 Fig. 13).',
      zh: '双方应用进程同时关闭，两个 FIN 在网络中交叉，双方都经过 CLOSING，并都在 TIME-WAIT 等待 2MSL（RFC 9293 图 13）。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: bothEstablished('rfc'),
    script: [{ type: 'close', host: 'client' }, { type: 'close', host: 'server' }, { type: 'step' }, { type: 'step' }, { type: 'run' }],
    expected: { client: 'CLOSED', server: 'CLOSED' },
    checkpoints: [{ afterAction: 4, client: 'CLOSING', server: 'CLOSING' }],
  },
  {
    id: 'lost-final-ack',
    title: { en: 'Lost final ACK: why TIME-WAIT', zh: '最后的 ACK 丢失：为什么需要 TIME-WAIT' },
    description: {
      en: 'The client\'s last ACK is lost. The server retransmits its FIN; the client, still in TIME-WAIT, acknowledges it again and restarts the 2MSL timer. Both close cleanly.',
      zh: '客户端发出的最后一个确认丢失。服务器超时重传 FIN；仍处于 TIME-WAIT 的客户端再次确认，并重新启动 2MSL 计时器。双方都正常关闭。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: bothEstablished('rfc'),
    script: [
      { type: 'close', host: 'client' },
      { type: 'run' },
      { type: 'close', host: 'server' },
      { type: 'step' },
      { type: 'fate_last', from: 'client', fate: 'drop' },
      { type: 'run' },
    ],
    expected: { client: 'CLOSED', server: 'CLOSED' },
    checkpoints: [{ afterAction: 5, client: 'TIME-WAIT', server: 'LAST-ACK' }],
  },
  {
    id: 'lost-final-ack-no-time-wait',
    title: { en: 'Hypothetical: lost final ACK without TIME-WAIT', zh: '假想：没有 TIME-WAIT 时最后的 ACK 丢失' },
    description: {
      en: 'NOT TCP. The client deletes its TCB right after its last ACK. That ACK is lost; the retransmitted FIN meets no connection and gets a RST, so the server sees "connection reset" instead of an orderly close.',
      zh: '这不是 TCP。客户端发出最后的确认后立即删除传输控制块。这个确认丢失了；服务器重传的 FIN 到达时连接已不存在，只得到复位报文段 RST，服务器无法正常释放连接。',
    },
    hypothetical: true,
    profile: 'rfc',
    variant: 'no_time_wait',
    setup: bothEstablished('rfc'),
    script: [
      { type: 'close', host: 'client' },
      { type: 'run' },
      { type: 'close', host: 'server' },
      { type: 'step' },
      { type: 'fate_last', from: 'client', fate: 'drop' },
      { type: 'run' },
    ],
    expected: { client: 'CLOSED', server: 'CLOSED' },
    checkpoints: [{ afterAction: 5, client: 'CLOSED', server: 'LAST-ACK' }],
  },
  keepAliveDeadPeer('rfc', 'RFC 9293', 'RFC 9293'),
  keepAliveDeadPeer('linux', 'Linux', 'Linux'),
  keepAliveDeadPeer('textbook', '教材', 'textbook'),
  {
    id: 'keepalive-rebooted-peer',
    title: { en: 'Keep-alive finds a rebooted peer', zh: '保活探测遇到已重启的对方' },
    description: {
      en: 'The client crashes and reboots, losing its TCB. Two hours later the server\'s keep-alive probe reaches a host with no connection, which answers RST; the server closes at once.',
      zh: '客户端主机崩溃后重启，传输控制块已丢失。两小时后服务器的探测报文段到达，客户端没有这个连接，回复复位报文段 RST，服务器随即关闭连接。',
    },
    hypothetical: false,
    profile: 'linux',
    variant: 'standard',
    setup: bothEstablished('linux', { server: true }),
    script: [{ type: 'crash', host: 'client' }, { type: 'advance', ms: 60_000 }, { type: 'reboot', host: 'client' }, { type: 'advance', ms: 3 * HOUR_MS }],
    expected: { client: 'CLOSED', server: 'CLOSED' },
  },
  {
    id: 'half-open-discovery',
    title: { en: 'Half-open connection discovery', zh: '半开连接的发现' },
    description: {
      en: 'The client crashes while the server stays ESTABLISHED (a half-open connection). After rebooting, the client connects again with seq 400. The server, still synchronized, answers the unexpected SYN with an ACK of what it expects (ack 101); the client sees that this acknowledges nothing it sent and answers with RST <SEQ=101>; the server aborts the old connection. The client retries its SYN and, the server listening again, an ordinary three-way handshake follows (RFC 9293 Fig. 9).',
      zh: '客户端崩溃，而服务器仍处于 ESTABLISHED（半开连接）。客户端重启后用 seq=400 再次发起连接。仍处于同步状态的服务器对这个意外的 SYN 回复一个确认，确认号是它期望的 101；客户端发现这个确认号与自己发出的任何报文段都对不上，回复复位报文段 <SEQ=101><CTL=RST>，服务器随即撤销旧连接。客户端重传 SYN，服务器重新监听，于是进行一次普通的三次握手（RFC 9293 图 9）。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: bothEstablished('rfc'),
    script: [
      { type: 'crash', host: 'client' },
      { type: 'reboot', host: 'client', iss: 400 },
      { type: 'connect', host: 'client' },
      { type: 'step' },
      { type: 'step' },
      { type: 'step' },
      { type: 'listen', host: 'server', iss: 700 },
      { type: 'run' },
    ],
    expected: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
    checkpoints: [{ afterAction: 6, client: 'SYN-SENT', server: 'CLOSED' }],
  },
  {
    id: 'half-open-reset-on-data',
    title: { en: 'Half-open: data reaches a rebooted peer', zh: '半开连接：数据到达已重启的对方' },
    description: {
      en: 'The server crashes and reboots with no memory of the connection, while the client is still ESTABLISHED. The client sends 10 bytes; the server, listening again, has no connection for them and answers with RST <SEQ=301>, taking the seq from the segment\'s ack; the client aborts with "connection reset" (RFC 9293 Fig. 10).',
      zh: '服务器崩溃后重启并重新监听，已不记得这个连接，而客户端仍处于 ESTABLISHED。客户端发送 10 字节数据；服务器没有对应的连接，回复复位报文段 <SEQ=301><CTL=RST>（序号取自该报文段的确认号）；客户端随即撤销连接，报告“连接被重置”（RFC 9293 图 10）。',
    },
    hypothetical: false,
    profile: 'rfc',
    variant: 'standard',
    setup: bothEstablished('rfc'),
    script: [
      { type: 'crash', host: 'server' },
      { type: 'reboot', host: 'server', listen: true },
      { type: 'send', host: 'client', bytes: 10 },
      { type: 'run' },
    ],
    expected: { client: 'CLOSED', server: 'LISTEN' },
  },
]

/** Every scenario by its stable id. */
export const scenarios: Readonly<Record<string, Scenario>> = Object.fromEntries(list.map((s) => [s.id, s]))

/** Every scenario id, in teaching order. */
export const scenarioIds: ReadonlyArray<string> = list.map((s) => s.id)
