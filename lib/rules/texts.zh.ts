/** 规则的中文说明（见 `types.ts`）。 */
import type { RuleTexts } from './types'

export const RULE_TEXTS_ZH: RuleTexts = {
  rules: {
    'open-passive': {
      title: '被动打开：等待连接',
      why: '应用进程要求接受连接。TCP 创建传输控制块（TCB），进入 LISTEN（收听）状态，不发送任何报文段：处于监听状态的一方只对到达的报文段作出应答（对 SYN 回 SYN,ACK，对 ACK 回 RST）。',
    },
    'open-active': {
      title: '主动打开：发送 SYN',
      why: '应用进程要求建立连接。TCP 选择初始序号 ISS，发送 <SEQ=ISS><CTL=SYN>；SYN 报文段不携带数据，但要消耗一个序号，所以 SND.NXT = ISS + 1。随后启动超时重传计时器，进入 SYN-SENT（同步已发送）状态。',
    },
    'open-active-from-listen': {
      title: '在监听状态下主动打开',
      why: 'RFC 9293 允许处于 LISTEN 的 TCB 转为主动打开：发送 SYN，进入 SYN-SENT。套接字接口不允许对监听套接字调用 connect()，所以结果取决于配置。',
    },
    'open-active-from-listen-refused': {
      title: '在监听状态下主动打开被拒绝',
      why: '这个配置像套接字接口一样，不允许监听套接字主动连接：调用失败，报告“连接已存在”，仍处于 LISTEN。',
    },
    'open-exists': {
      title: '对已有的连接再次打开',
      why: '这里已经有一个连接，OPEN 失败，报告“连接已存在”，什么都不改变。',
    },
    'send-no-connection': {
      title: '没有连接时发送',
      why: '没有 TCB（CLOSED），SEND 失败，报告“连接不存在”。',
    },
    'send-in-listen': {
      title: '在监听状态下发送',
      why: '处于 LISTEN 的一方还没有对方，无处可发：SEND 失败，报告“未指定对方套接字”。',
    },
    'send-queued': {
      title: '连接建立之前发送',
      why: '握手还没有完成，数据先放在发送队列中，等连接进入 ESTABLISHED 后再发出；它可以放在第三个报文段中一起发送。',
    },
    'send-data': {
      title: '发送数据',
      why: '数据按不超过 MSS 的大小分成报文段，在对方窗口允许的范围内发出。每个字节占一个序号，SND.NXT 增加数据的长度。数据未被确认期间，超时重传计时器一直在运行。',
    },
    'send-after-close': {
      title: '关闭之后发送',
      why: '这一方已经关闭了自己这个方向（FIN 已发出或已排队），不能再发送数据：SEND 失败，报告“连接正在关闭”。',
    },
    'close-no-connection': {
      title: '没有连接时关闭',
      why: '没有 TCB，CLOSE 失败，报告“连接不存在”。',
    },
    'close-listen': {
      title: '关闭监听',
      why: '处于 LISTEN 的一方没有对方需要通知，直接删除 TCB，进入 CLOSED，不发送任何报文段。',
    },
    'close-syn-sent': {
      title: '在 SYN-SENT 状态下关闭',
      why: '连接还没有建立，直接删除 TCB，进入 CLOSED，不发送任何报文段；之后到达的 SYN,ACK 会得到一个 RST。',
    },
    'close-after-queued-data': {
      title: '还有数据排队时关闭',
      why: 'FIN 必须在应用进程已经交给 TCP 的数据之后，所以它排在这些数据后面，等连接建立、数据发出后再发送。',
    },
    'close-send-fin': {
      title: '关闭：发送 FIN',
      why: '应用进程没有数据要发送了。TCP 在已排队的数据之后发送 FIN（FIN 要消耗一个序号），进入 FIN-WAIT-1（终止等待 1）。它仍然可以接收数据：这只关闭了一个方向（半关闭）。',
    },
    'close-in-close-wait': {
      title: '收到对方 FIN 之后关闭',
      why: '对方已经关闭了它那个方向，现在这一方关闭自己的方向：发送 FIN，进入 LAST-ACK（最后确认），等待对这个 FIN 的确认。',
    },
    'close-again': {
      title: '再次关闭',
      why: '这一方已经关闭过了，再次 CLOSE 失败，报告“连接正在关闭”，什么都不改变。',
    },
    'abort-no-connection': {
      title: '没有连接时异常终止',
      why: '没有 TCB，ABORT 失败，报告“连接不存在”。',
    },
    'abort-silent': {
      title: '异常终止，无需通知对方',
      why: '在 LISTEN 和 SYN-SENT 中还没有同步的对方；在 CLOSING、LAST-ACK 和 TIME-WAIT 中双方的 FIN 都已发出：直接删除 TCB，不发送 RST。',
    },
    'abort-reset': {
      title: '异常终止：复位连接',
      why: '应用进程立即放弃连接：TCP 发送序号为 SND.NXT 的 RST（如果我方数据都已到达，这正是对方期望的序号），丢弃所有排队的数据，删除 TCB。RST 是否同时置 ACK 取决于配置。',
    },
    'closed-rst-ignored': {
      title: 'RST 到达没有连接的端口',
      why: '没有连接，而且 RST 永远不回应（否则可能来回不停），所以丢弃它。',
    },
    'closed-reset': {
      title: '报文段到达没有连接的端口',
      why: '没有对应的连接，TCP 用对方会接受的 RST 回应：报文段带 ACK 时回 <SEQ=SEG.ACK><CTL=RST>，否则回 <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>。客户端就是这样知道“连接被拒绝”的。',
    },
    'listen-rst-ignored': {
      title: 'RST 到达监听的一方',
      why: '处于 LISTEN 的一方没有可以复位的连接，忽略 RST，仍处于 LISTEN。',
    },
    'listen-ack-reset': {
      title: 'ACK 到达监听的一方',
      why: '处于 LISTEN 的一方什么都没有发送过，不可能有东西被确认：这个 ACK 属于旧连接。它回应 <SEQ=SEG.ACK><CTL=RST>，仍处于 LISTEN。',
    },
    'listen-syn': {
      title: 'SYN 到达监听的服务器',
      why: '服务器记下客户端的初始序号（RCV.NXT = 对方的 seq + 1），选择自己的初始序号，在同一个报文段中发回 SYN 和确认（SYN,ACK），然后进入 SYN-RECEIVED（同步收到），等待第三个报文段。',
    },
    'listen-other-dropped': {
      title: '不带 SYN 的报文段到达监听的一方',
      why: '只有 SYN 能开始一个连接，其他报文段（带 FIN 或数据但不带 ACK 的）被丢弃，仍处于 LISTEN。',
    },
    'two-way-listen-syn': {
      title: '假想的两次握手：服务器立即建立连接',
      why: '不是 TCP：在这个变体中，服务器收到 SYN、发出 SYN,ACK 后就认为连接已建立，不等第三个报文段。于是一个已失效的连接请求报文段就会建立一个没人要的连接。',
    },
    'four-segment-listen-syn': {
      title: '假想的四次握手：确认和 SYN 分开发送',
      why: '不是 TCP：在这个变体中，服务器用一个报文段确认客户端的 SYN，再用另一个报文段发送自己的 SYN。TCP 把二者合并成一个 SYN,ACK，所以三个报文段就够了。',
    },
    'syn-sent-bad-ack': {
      title: 'SYN-SENT 收到错误的确认',
      why: '这个报文段确认的不是自己的 SYN（SEG.ACK ≤ ISS 或 > SND.NXT），说明它来自旧连接。客户端回应 <SEQ=SEG.ACK><CTL=RST>（若该报文段本身是 RST 则丢弃），继续在 SYN-SENT 中等待。',
    },
    'two-way-bad-ack-ignored': {
      title: '假想的两次握手：不理睬错误的确认',
      why: '不是 TCP：按教材讲两次握手的说法，客户端不理睬不是对自己 SYN 的确认，什么都不发送。真实的 TCP 会发送 RST，正是它结束了这种半开的连接。',
    },
    'syn-sent-rst-refused': {
      title: 'RST 回应 SYN：连接被拒绝',
      why: '这个 RST 确认了我们的 SYN，确实是对它的回答：那个端口没有进程在监听。应用进程得到“连接被拒绝”，TCB 被删除。',
    },
    'syn-sent-rst-ignored': {
      title: 'SYN-SENT 收到不带 ACK 的 RST',
      why: '在 SYN-SENT 中，只有确认了我们 SYN 的 RST 才算数；不带 ACK 的 RST 无法确认来源，丢弃。',
    },
    'syn-sent-syn-ack': {
      title: '收到 SYN,ACK：客户端连接建立',
      why: '这个报文段确认了我们的 SYN（ack = x + 1），并带有服务器的 SYN。客户端记下 y（RCV.NXT = y + 1），进入 ESTABLISHED（已建立连接），发送第三个报文段：确认号 ack = y + 1 的 ACK。',
    },
    'two-way-syn-ack': {
      title: '假想的两次握手：没有第三个报文段',
      why: '不是 TCP：客户端收到 SYN,ACK 就进入 ESTABLISHED，不发送确认。服务器永远不知道自己的 SYN 是否到达，TCP 的第三个报文段正是为了消除这个缺陷。',
    },
    'simultaneous-open': {
      title: 'SYN 与我们的 SYN 交叉：同时打开',
      why: '双方同时发出了 SYN。这一方记下对方的序号，回应 SYN,ACK（再次发送自己的 SYN，这次带上确认），进入 SYN-RECEIVED。',
    },
    'four-segment-ack': {
      title: '假想的四次握手：我们的 SYN 被确认',
      why: '不是 TCP：服务器单独发来的 ACK 确认了我们的 SYN；客户端仍处于 SYN-SENT，等待服务器自己的 SYN。',
    },
    'syn-sent-dropped': {
      title: 'SYN-SENT 收到既无 SYN 也无 RST 的报文段',
      why: '握手完成之前，只有 SYN 或 RST 才有意义，这个报文段被丢弃。',
    },
    'simultaneous-open-syn-ack': {
      title: '同时打开完成',
      why: '同时打开后处于 SYN-RECEIVED，对方的 SYN,ACK 确认了我们的 SYN：连接建立（ESTABLISHED）。双方都已经确认过对方，不需要再回应。',
    },
    'syn-received-syn-again': {
      title: '同一个 SYN 再次到达',
      why: '我们的 SYN,ACK 慢了或丢了，客户端重传了 SYN。RFC 9293 用 ACK 回应（这个 SYN 是旧的，在窗口之外）；Linux 则再次发送 SYN,ACK。结果取决于配置。',
    },
    'not-acceptable': {
      title: '窗口之外的报文段',
      why: '报文段的序号不在接收窗口内（已失效的重复报文段，或已经收到过的），丢弃它，并用一个 ACK 告诉发送方自己真正期望的序号（RCV.NXT）。',
    },
    'not-acceptable-rst': {
      title: '窗口之外的 RST',
      why: '序号在接收窗口之外的 RST 可能是旧的或伪造的，悄悄丢弃：RST 永远不回应。',
    },
    'rst-challenge': {
      title: '序号在窗口内但不精确的 RST：挑战 ACK',
      why: '只有序号恰好等于 RCV.NXT 的 RST 才能复位连接。窗口内其他位置的 RST 可能是伪造的，TCP 回应一个 ACK；真正的对方会回一个序号正确的 RST。',
    },
    'rst-syn-received-passive': {
      title: 'SYN-RECEIVED 收到 RST：回到监听',
      why: '这个监听方接受的半建立连接被复位了（例如发出旧 SYN 的一方发来的 RST），半建立的连接被丢弃，服务器回到 LISTEN。',
    },
    'rst-syn-received-active': {
      title: '同时打开后 SYN-RECEIVED 收到 RST',
      why: '这一方是主动打开的，没有监听状态可以回去：应用进程得到“连接被拒绝”，TCB 被删除。',
    },
    'rst-reset': {
      title: 'RST 复位连接',
      why: '序号恰好符合期望的 RST 立即结束连接：排队的数据丢失，TCB 被删除（RFC 9293 在 ESTABLISHED、FIN-WAIT-1、FIN-WAIT-2 和 CLOSE-WAIT 中向应用进程报告“连接被复位”）。即使在 TIME-WAIT 中也是如此，这就是 RFC 1337 描述的隐患。',
    },
    'syn-received-new-syn': {
      title: 'SYN-RECEIVED 收到新的 SYN：回到监听',
      why: '被动打开的 SYN-RECEIVED 在窗口内收到 SYN，说明半建立的连接不是对方想要的，于是回到 LISTEN。RFC 9293 悄悄回去；Linux 还会发送 RST。结果取决于配置。',
    },
    'syn-challenge': {
      title: '握手之后收到 SYN：挑战 ACK',
      why: '握手之后到达的 SYN 可能来自攻击者，也可能来自丢失了连接的对方。无论序号是多少，TCP 都回应一个 ACK 并丢弃它；真正重启了的对方会回一个 RST。',
    },
    'no-ack-dropped': {
      title: '握手之后不带 ACK 的报文段',
      why: '从 SYN-RECEIVED 开始，每个报文段都必须带 ACK。不带 ACK 的报文段被丢弃。',
    },
    'syn-received-bad-ack': {
      title: 'SYN-RECEIVED 收到错误的确认',
      why: '这个 ACK 确认的不是我们的 SYN，属于别的连接：服务器回应 <SEQ=SEG.ACK><CTL=RST>，仍处于 SYN-RECEIVED。',
    },
    'syn-received-ack': {
      title: '收到第三个报文段：服务器连接建立',
      why: '这个 ACK 确认了服务器的 SYN（ack = y + 1），服务器由此知道自己的初始序号已被客户端收到，双方的初始序号都得到了确认，服务器进入 ESTABLISHED。同一个报文段中的数据也一并交付。',
    },
    'ack-of-unsent': {
      title: '确认了从未发送的数据',
      why: '这个报文段确认的字节超过了 SND.NXT，是这一方没有发送过的，丢弃它，并用 ACK 告诉对方自己真正期望的序号。',
    },
    'ack-new': {
      title: '新数据被确认',
      why: 'SND.UNA 前移到 SEG.ACK：这些字节不需要再重传。全部数据都被确认时超时重传计时器停止，否则为仍未确认的数据重新启动。',
    },
    'ack-window': {
      title: '窗口更新',
      why: '这个 ACK 没有确认新数据，但带来了更新的窗口，于是更新 SND.WND（以及 SND.WL1、SND.WL2）。',
    },
    'ack-duplicate': {
      title: '没有新内容的 ACK',
      why: '报文段可以接受，但没有确认新数据，也不带数据或 FIN，什么都不改变。',
    },
    'keepalive-restart': {
      title: '对方还活着：保活计时器重新开始',
      why: '收到对方任何可接受的报文段都说明它还活着，于是未获应答的探测次数清零，保活计时器按完整的空闲时间重新启动。',
    },
    'fin-wait-1-acked': {
      title: '我们的 FIN 被确认：FIN-WAIT-2',
      why: 'ACK 确认了我们的 FIN，这个方向关闭了。连接在 FIN-WAIT-2（终止等待 2）中等待对方的 FIN；这期间对方仍可以发送数据（半关闭）。',
    },
    'closing-acked': {
      title: 'CLOSING 中我们的 FIN 被确认：TIME-WAIT',
      why: '同时关闭后，双方的 FIN 都已发出并被确认。这一方进入 TIME-WAIT（时间等待），等待 2MSL。',
    },
    'last-ack-acked': {
      title: '收到最后的确认：CLOSED',
      why: '对方确认了我们的 FIN，这是最后一件未完成的事，连接关闭，TCB 被删除。被动关闭的一方不经过 TIME-WAIT。',
    },
    'time-wait-fin-again': {
      title: 'TIME-WAIT 中再次收到对方的 FIN',
      why: '我们最后发出的 ACK 丢失了，对方重传了 FIN。TIME-WAIT 正是为此而设：再次发送 ACK，并重新启动时间等待计时器（2MSL）。',
    },
    'time-wait-ack': {
      title: 'TIME-WAIT 中收到 ACK',
      why: 'TIME-WAIT 中没有需要确认的东西，这个 ACK 不改变什么。Linux 会因此重新启动时间等待计时器（2MSL），RFC 9293 不会。结果取决于配置。',
    },
    'data-in-order': {
      title: '按序到达的数据：交付并确认',
      why: '数据从 RCV.NXT 开始，于是交给应用进程，RCV.NXT 增加数据的长度。ACK（确认号 ack = RCV.NXT）告诉发送方数据已经收到，立即发送或稍后发送。',
    },
    'data-out-of-order': {
      title: '未按序到达的数据',
      why: '数据不是从 RCV.NXT 开始的（前面还有缺失），暂不交付，用 ACK 重复告诉对方自己仍在期望的序号。',
    },
    'data-after-fin-ignored': {
      title: '对方 FIN 之后的数据',
      why: '对方已经发送了 FIN，不应该再发送数据：数据被忽略。',
    },
    'delayed-ack': {
      title: '确认稍后发送',
      why: '接收方不立即确认，而是启动一个很短的推迟确认计时器（小于 500 毫秒），让 ACK 能够捎带在不久要发送的数据或 FIN 上。这取决于配置。',
    },
    'quick-ack': {
      title: '连接开始时的快速确认',
      why: '即使启用了推迟确认，Linux 对连接最初的若干数据报文段（快速确认模式，最多 16 个）仍然立即确认，以免发送窗口还很小的发送方空等。RFC 并没有这样要求：它只规定推迟必须小于 0.5 秒，并且至少每隔一个最大长度的报文段就确认一次。这取决于配置。',
    },
    'ack-every-second-segment': {
      title: '又一个报文段在等确认：立即确认',
      why: '前面的数据的 ACK 已在推迟之中，又有数据到达。RFC 9293 规定接收方应当（SHOULD）至少每隔一个最大长度的报文段就发送一次确认，于是推迟的 ACK 现在发出，一并确认两者。（本课程的引擎对任何第二个报文段都这样做；Linux 要等到未确认的数据超过一个最大报文段长度。）',
    },
    'fin-established': {
      title: '收到对方的 FIN：CLOSE-WAIT',
      why: '对方不再发送数据了。FIN 消耗一个序号，RCV.NXT 加 1，ACK 的确认号 ack = FIN 的 seq + 1。应用进程得到通知，这一方在调用 CLOSE 之前仍可以发送数据。',
    },
    'fin-wait-1-fin': {
      title: 'FIN 与我们的 FIN 交叉：CLOSING',
      why: '双方同时关闭。这一方确认对方的 FIN，进入 CLOSING（同时关闭中），等待对自己 FIN 的确认。',
    },
    'fin-wait-1-fin-acked': {
      title: '同时收到 FIN 和对我们 FIN 的确认：TIME-WAIT',
      why: '一个报文段既确认了我们的 FIN，又带有对方的 FIN，于是跳过 FIN-WAIT-2：确认这个 FIN，立即进入 TIME-WAIT，就像三报文段关闭时那样。',
    },
    'fin-wait-2-fin': {
      title: 'FIN-WAIT-2 收到对方的 FIN：TIME-WAIT',
      why: '两个方向都关闭了。这一方发送最后一个 ACK，在 TIME-WAIT 中等待 2MSL：如果这个 ACK 丢失，还能应答重传的 FIN；同时让本连接的旧报文段在网络中消失，之后才能再次使用同样的地址和端口。',
    },
    'fin-again': {
      title: '再次收到对方的 FIN',
      why: '对方的 FIN 已经收到并计入 RCV.NXT，这个是重传的：再确认一次，其他不变。',
    },
    'fin-out-of-order': {
      title: '前面还缺数据的 FIN',
      why: 'FIN 不是从 RCV.NXT 开始的，它前面的字节还没到齐：暂不处理，用 ACK 重复告诉对方自己期望的序号。',
    },
    'no-time-wait-close': {
      title: '假想：没有 TIME-WAIT',
      why: '不是 TCP：在这个变体中，主动关闭方不等待 2MSL，立即删除 TCB。如果它最后的 ACK 丢失，对方重传的 FIN 会到达一个没有连接的端口，得到 RST。',
    },
    'rto-retransmit': {
      title: '超时重传计时器到时：重传',
      why: '最早未被确认的报文段在超时重传时间 RTO 内没有得到确认，于是重传它，并把 RTO 加倍（指数退避），因为网络可能拥塞。',
    },
    'rto-give-up': {
      title: '重传次数过多：放弃',
      why: '报文段已按配置允许的次数重传，仍没有回应，TCP 放弃：应用进程得到“连接超时”，TCB 被删除。对已同步的连接，放弃前是否先发送 RST,ACK 取决于配置。',
    },
    'rto-give-up-syn-received': {
      title: 'SYN,ACK 始终得不到确认',
      why: '监听方已按允许的次数重传 SYN,ACK，仍没有收到第三个报文段。RFC 9293 没有规定接下来怎么办；回到 LISTEN 还是 CLOSED 由配置决定。',
    },
    'rto-nothing-outstanding': {
      title: '超时重传计时器到时，但没有要重传的',
      why: '发出的数据都已被确认，没有需要重传的报文段。',
    },
    'time-wait-timeout': {
      title: '2MSL 结束：CLOSED',
      why: 'TIME-WAIT 持续了 2MSL，没有收到重传的 FIN，说明最后的 ACK 很可能已经到达，旧报文段也已消失：删除 TCB。',
    },
    'user-timeout': {
      title: '用户超时',
      why: '报文段未被确认的时间超过了用户超时允许的时间，连接被删除，应用进程得到“因用户超时而终止连接”。',
    },
    'keepalive-probe': {
      title: '空闲太久：发送保活探测报文段',
      why: '在空闲时间内没有收到对方的任何报文段。TCP 发送一个序号为 SND.NXT − 1 的探测报文段，这是对方已经确认过的序号，活着的对方必须回应一个 ACK。一次探测丢失说明不了什么，所以每隔一段时间重复探测。',
    },
    'keepalive-busy': {
      title: '保活等待：有数据未被确认',
      why: '连接并不空闲（有数据在等待确认），由超时重传计时器负责检测对方，保活计时器重新启动。',
    },
    'keepalive-not-running': {
      title: '这里保活计时器不起作用',
      why: '这个连接没有开启保活功能，或者连接还没有同步，或者处于 TIME-WAIT，计时器不发送任何报文段。',
    },
    'keepalive-give-up': {
      title: '探测都没有回应：对方已失效',
      why: '已发送允许数量的探测报文段，都没有回应，于是认为对方已经失效：应用进程得到“连接超时”，TCB 被删除。Linux 先发送一个 RST,ACK；RFC 对此没有规定。',
    },
    'delayed-ack-timeout': {
      title: '推迟的确认发出',
      why: '没有数据或 FIN 可以捎带这个推迟的 ACK，推迟确认计时器到时后单独发送。',
    },
    'timer-stale': {
      title: '计时器到时但无事可做',
      why: '计时器到时了，但连接已经变化，不再需要它，什么都不发生。',
    },
    'host-crash': {
      title: '主机崩溃',
      why: '不是 TCP 的规则：主机丢失了所有 TCB 和计时器。对方并不知道，可能仍认为连接是打开的（半开连接）。',
    },
    'host-reboot': {
      title: '主机重启',
      why: '不是 TCP 的规则：主机重新启动后不记得原来的连接，旧连接的报文段到达时会得到 RST。',
    },
    'old-duplicate-injected': {
      title: '网络中已失效的报文段',
      why: '不是 TCP 的规则：早先连接的一个报文段在网络中滞留，现在才到达。TCP 必须应付它，所以握手要三个报文段，TIME-WAIT 要等 2MSL。',
    },
    'scenario-start': {
      title: '场景的起点',
      why: '不是 TCP 的规则：场景开始时这台主机已经处于这个状态，就好像前面的步骤已经发生过。',
    },
  },
  settings: {
    abortReset: {
      name: 'ABORT 发送什么',
      why: 'RFC 9293 发送 <SEQ=SND.NXT><CTL=RST>；Linux 同时置 ACK（RST,ACK）。无论哪种，连接都被撤销。',
    },
    retransmittedSynInSynReceived: {
      name: 'SYN-RECEIVED 中重复的 SYN',
      why: '按 RFC 的文字，已经收到过的 SYN 像任何旧报文段一样用 ACK 回应；Linux 和 BSD 再次发送 SYN,ACK。',
    },
    inWindowSynInPassiveSynReceived: {
      name: '被动 SYN-RECEIVED 中新的 SYN',
      why: 'RFC 9293 悄悄回到 LISTEN；Linux 回到 LISTEN 并发送 RST。',
    },
    synAckGiveUpState: {
      name: '最后一次重传 SYN,ACK 之后',
      why: 'RFC 没有规定监听方的 SYN,ACK 始终得不到确认时怎么办。Linux 丢弃半建立的连接，继续监听。',
    },
    activeOpenInListen: {
      name: '从监听状态主动连接',
      why: 'RFC 9293 允许处于 LISTEN 的 TCB 发送 SYN、进入 SYN-SENT；套接字接口不允许对监听套接字调用 connect()。',
    },
    giveUpReset: {
      name: '放弃连接时',
      why: '重传或保活探测放弃时，RFC 只关闭连接；Linux 先发送一个 RST,ACK，万一对方还能收到。',
    },
    timeWaitAckRestartsTimer: {
      name: 'TIME-WAIT 中的纯 ACK',
      why: 'RFC 9293 对它不做处理；Linux 会重新启动时间等待计时器（2MSL）。',
    },
    timeWaitMs: {
      name: 'TIME-WAIT 的时长',
      why: 'RFC 9293 等待 2MSL，MSL = 2 分钟，共 4 分钟；Linux 固定等待 60 秒；教材沿用 RFC 793 的 MSL = 2 分钟，并指出实现中可以取更小的值。',
    },
    delayedAckMs: {
      name: '推迟确认',
      why: 'RFC 9293 建议推迟确认，但推迟必须小于 0.5 秒，以减少确认报文段的数量，并让确认能捎带在应答上。Linux 的推迟从约 40 毫秒开始（最长 200 毫秒）；连接最初的数据报文段立即确认（快速确认），收到过数据之后，在 ESTABLISHED 状态收到的 FIN 也推迟确认。Linux 配置同样推迟 40 毫秒。RFC 和教材配置与教材的图一样立即确认，除非场景或模拟器页面设置了推迟。',
    },
    retries: {
      name: '放弃之前重传几次',
      why: 'RFC 9293 要求 SYN 的重传至少持续 3 分钟，数据至少 100 秒；Linux 的 SYN 重传 6 次（约 127 秒）后放弃。',
    },
    keepAlive: {
      name: '保活计时器',
      why: 'RFC 规定保活功能默认关闭，空闲时间可以配置，但默认值不得少于 2 小时，没有规定探测次数；Linux 空闲 7200 秒后探测，每 75 秒一次，共 9 次；教材的说法是 2 小时后每 75 秒一次，共 10 次。',
    },
  },
}
