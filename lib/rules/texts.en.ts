/** The rules in English (see `types.ts`). */
import type { RuleTexts } from './types'

export const RULE_TEXTS_EN: RuleTexts = {
  rules: {
    'open-passive': {
      title: 'Passive OPEN: wait for a connection',
      why: 'The application asks to accept connections. TCP creates a TCB in LISTEN and sends nothing: a listener only sends in reply to a segment that arrives (SYN,ACK to a SYN, RST to an ACK).',
    },
    'open-active': {
      title: 'Active OPEN: send a SYN',
      why: 'The application asks to connect. TCP picks its initial sequence number (ISS), sends <SEQ=ISS><CTL=SYN>, sets SND.NXT = ISS + 1 because the SYN takes one number, starts the retransmission timer and enters SYN-SENT.',
    },
    'open-active-from-listen': {
      title: 'Active OPEN on a listener',
      why: 'RFC 9293 lets a listening TCB turn active: it sends a SYN and enters SYN-SENT. The sockets API does not allow connect() on a listening socket, so this depends on the profile.',
    },
    'open-active-from-listen-refused': {
      title: 'Active OPEN on a listener is refused',
      why: 'Like the sockets API, this profile refuses to connect from a listening socket: the call fails with "connection already exists" and the listener stays in LISTEN.',
    },
    'open-exists': {
      title: 'OPEN on an existing connection',
      why: 'There is already a connection here, so OPEN fails with "connection already exists" and nothing changes.',
    },
    'send-no-connection': {
      title: 'SEND with no connection',
      why: 'There is no TCB (CLOSED), so SEND fails with "connection does not exist".',
    },
    'send-in-listen': {
      title: 'SEND on a listener',
      why: 'A listener has no peer yet, so there is nobody to send to: SEND fails with "foreign socket unspecified".',
    },
    'send-queued': {
      title: 'SEND before the connection is established',
      why: 'The handshake is not finished, so the data waits in the send queue. It goes out once the connection is ESTABLISHED; it may ride on the third segment of the handshake.',
    },
    'send-data': {
      title: 'SEND: data goes out',
      why: 'The data is cut into segments no larger than the MSS, as far as the peer’s window allows. Each byte takes one sequence number, so SND.NXT moves on by the length. The retransmission timer runs while data is unacknowledged.',
    },
    'send-after-close': {
      title: 'SEND after CLOSE',
      why: 'This side has already closed its direction (its FIN is sent or queued), so it may send no more data: SEND fails with "connection closing".',
    },
    'close-no-connection': {
      title: 'CLOSE with no connection',
      why: 'There is no TCB, so CLOSE fails with "connection does not exist".',
    },
    'close-listen': {
      title: 'CLOSE on a listener',
      why: 'A listener has no peer to tell, so its TCB is simply deleted and the state is CLOSED. Nothing is sent.',
    },
    'close-syn-sent': {
      title: 'CLOSE during SYN-SENT',
      why: 'The connection was never established, so the TCB is deleted and the state is CLOSED. Nothing is sent; a SYN,ACK that arrives later gets a RST.',
    },
    'close-after-queued-data': {
      title: 'CLOSE with data still queued',
      why: 'The FIN must come after the data the application already handed over, so it is queued behind it and sent when the connection is established and the data has gone.',
    },
    'close-send-fin': {
      title: 'CLOSE: send a FIN',
      why: 'The application has no more data to send. TCP sends a FIN after any queued data (the FIN takes one sequence number) and enters FIN-WAIT-1. It can still receive: this closes one direction only (half-close).',
    },
    'close-in-close-wait': {
      title: 'CLOSE after the peer’s FIN',
      why: 'The peer has closed its direction already; now this side closes its own. It sends its FIN and enters LAST-ACK to wait for the acknowledgment of that FIN.',
    },
    'close-again': {
      title: 'CLOSE once more',
      why: 'This side has already closed, so another CLOSE fails with "connection closing" and changes nothing.',
    },
    'abort-no-connection': {
      title: 'ABORT with no connection',
      why: 'There is no TCB, so ABORT fails with "connection does not exist".',
    },
    'abort-silent': {
      title: 'ABORT with nobody to tell',
      why: 'In LISTEN and SYN-SENT there is no synchronized peer, and in CLOSING, LAST-ACK and TIME-WAIT both sides have already sent their FIN: the TCB is deleted without a RST.',
    },
    'abort-reset': {
      title: 'ABORT: reset the connection',
      why: 'The application gives up at once: TCP sends a RST with seq = SND.NXT, the number the peer expects next if all our data arrived, discards everything queued and deletes the TCB. Whether the RST also carries ACK depends on the profile.',
    },
    'closed-rst-ignored': {
      title: 'A RST reaches a closed port',
      why: 'There is no connection, and a RST is never answered (that could loop forever), so it is dropped.',
    },
    'closed-reset': {
      title: 'A segment reaches a closed port',
      why: 'There is no connection for it, so TCP answers with a RST the sender will accept: <SEQ=SEG.ACK><CTL=RST> if the segment had ACK, otherwise <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>. This is how a client learns “connection refused”.',
    },
    'listen-rst-ignored': {
      title: 'A RST reaches a listener',
      why: 'A listener has no connection that a RST could reset, so it ignores it and stays in LISTEN.',
    },
    'listen-ack-reset': {
      title: 'An ACK reaches a listener',
      why: 'A listener has sent nothing, so nothing can be acknowledged: the ACK belongs to an old connection. It answers <SEQ=SEG.ACK><CTL=RST> and stays in LISTEN.',
    },
    'listen-syn': {
      title: 'A SYN arrives at a listener',
      why: 'The server records the client’s initial sequence number (RCV.NXT = its seq + 1), picks its own ISS and answers with SYN,ACK in one segment, then waits in SYN-RECEIVED for the third segment.',
    },
    'listen-other-dropped': {
      title: 'A segment without SYN reaches a listener',
      why: 'Only a SYN can start a connection, so any other segment (one with FIN or data but no ACK) is dropped and the listener stays in LISTEN.',
    },
    'two-way-listen-syn': {
      title: 'Hypothetical two-way handshake: the server is established at once',
      why: 'Not TCP: in this variant the server answers the SYN with SYN,ACK and considers the connection ESTABLISHED without waiting for a third segment. An old duplicate SYN then opens a connection nobody asked for.',
    },
    'four-segment-listen-syn': {
      title: 'Hypothetical four-segment handshake: ACK and SYN apart',
      why: 'Not TCP: in this variant the server acknowledges the client’s SYN in one segment and sends its own SYN in another. TCP puts both in one SYN,ACK, which is why three segments are enough.',
    },
    'syn-sent-bad-ack': {
      title: 'A wrong ACK reaches SYN-SENT',
      why: 'The segment acknowledges something this SYN never offered (SEG.ACK ≤ ISS or > SND.NXT), so it comes from an old connection. The client answers with <SEQ=SEG.ACK><CTL=RST> (unless the segment is itself a RST, which is dropped) and keeps waiting in SYN-SENT.',
    },
    'two-way-bad-ack-ignored': {
      title: 'Hypothetical two-way handshake: a wrong ACK is ignored',
      why: 'Not TCP: as the textbook tells the two-way story, the client ignores a SYN,ACK that does not answer its SYN and sends nothing. Real TCP sends a RST, which is what stops the half-open connection.',
    },
    'syn-sent-rst-refused': {
      title: 'A RST answers the SYN: connection refused',
      why: 'The RST acknowledges our SYN, so it really is the answer to it: nobody listens on that port. The application is told “connection refused” and the TCB is deleted.',
    },
    'syn-sent-rst-ignored': {
      title: 'A RST without ACK reaches SYN-SENT',
      why: 'A RST in SYN-SENT counts only if it acknowledges our SYN; without an ACK it could be anything, so it is dropped.',
    },
    'syn-sent-syn-ack': {
      title: 'The SYN,ACK arrives: the client is established',
      why: 'The segment acknowledges our SYN (ack = ISS + 1) and carries the server’s SYN. The client records y (RCV.NXT = y + 1), enters ESTABLISHED and sends the third segment, an ACK with ack = y + 1.',
    },
    'two-way-syn-ack': {
      title: 'Hypothetical two-way handshake: no third segment',
      why: 'Not TCP: the client enters ESTABLISHED on the SYN,ACK and sends no ACK. The server never learns that its SYN arrived, which is the flaw the third segment of TCP removes.',
    },
    'simultaneous-open': {
      title: 'A SYN crosses our SYN: simultaneous open',
      why: 'Both sides sent a SYN at once. This side records the peer’s sequence number, answers with SYN,ACK (its own SYN again, now with an ACK) and enters SYN-RECEIVED.',
    },
    'four-segment-ack': {
      title: 'Hypothetical four-segment handshake: our SYN is acknowledged',
      why: 'Not TCP: the server’s separate ACK acknowledges our SYN; the client stays in SYN-SENT and waits for the server’s own SYN.',
    },
    'syn-sent-dropped': {
      title: 'A segment without SYN or RST reaches SYN-SENT',
      why: 'Before the handshake only a SYN or a RST can mean something, so the segment is dropped.',
    },
    'simultaneous-open-syn-ack': {
      title: 'Simultaneous open completes',
      why: 'In SYN-RECEIVED after a simultaneous open, the peer’s SYN,ACK acknowledges our SYN: the connection is ESTABLISHED. Both sides have already acknowledged each other, so no reply is needed.',
    },
    'syn-received-syn-again': {
      title: 'The same SYN arrives again',
      why: 'The client retransmitted its SYN because our SYN,ACK was slow or lost. RFC 9293 answers with an ACK (the SYN is old, outside the window); Linux sends the SYN,ACK again. Which one depends on the profile.',
    },
    'not-acceptable': {
      title: 'A segment outside the window',
      why: 'The segment’s sequence numbers are not in the receive window (an old duplicate, or one already received), so it is dropped and answered with an ACK that tells the sender what this side really expects (RCV.NXT).',
    },
    'not-acceptable-rst': {
      title: 'A RST outside the window',
      why: 'A RST whose sequence number is outside the receive window could be old or forged, so it is dropped silently: a RST is never answered.',
    },
    'rst-challenge': {
      title: 'A RST in the window but not exact: challenge ACK',
      why: 'Only a RST with seq exactly RCV.NXT resets the connection. One elsewhere in the window may be forged, so TCP answers with an ACK; a real peer will reply with a correct RST.',
    },
    'rst-syn-received-passive': {
      title: 'A RST in SYN-RECEIVED: back to listening',
      why: 'The half-made connection this listener accepted has been reset (say by an old SYN’s sender), so the half-made connection is dropped and the server goes back to LISTEN.',
    },
    'rst-syn-received-active': {
      title: 'A RST in SYN-RECEIVED after a simultaneous open',
      why: 'This side opened actively, so there is no listener to return to: the application is told “connection refused” and the TCB is deleted.',
    },
    'rst-reset': {
      title: 'A RST resets the connection',
      why: 'A RST with the exact expected sequence number ends the connection at once: queued data is lost and the TCB is deleted (RFC 9293 tells the application “connection reset” in ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2 and CLOSE-WAIT). Even in TIME-WAIT this happens, the hazard RFC 1337 describes.',
    },
    'syn-received-new-syn': {
      title: 'A new SYN in SYN-RECEIVED: back to listening',
      why: 'A SYN in the window of a passive SYN-RECEIVED means the half-made connection is not the one the peer wants, so it returns to LISTEN. RFC 9293 does this silently; Linux also sends a RST. Which one depends on the profile.',
    },
    'syn-challenge': {
      title: 'A SYN after the handshake: challenge ACK',
      why: 'A SYN after the handshake may be an attacker or a peer that lost the connection. Whatever its sequence number, TCP answers with an ACK and drops it; a peer that really restarted will reply with a RST.',
    },
    'no-ack-dropped': {
      title: 'A segment without ACK after the handshake',
      why: 'From SYN-RECEIVED on, every segment must carry ACK. One without it is dropped.',
    },
    'syn-received-bad-ack': {
      title: 'A wrong ACK in SYN-RECEIVED',
      why: 'The ACK does not acknowledge our SYN, so it belongs to another connection: the server answers with <SEQ=SEG.ACK><CTL=RST> and stays in SYN-RECEIVED.',
    },
    'syn-received-ack': {
      title: 'The third segment arrives: the server is established',
      why: 'The ACK acknowledges the server’s SYN (ack = y + 1), so the server learns that the client received its ISN: both ISNs are now confirmed, and the server enters ESTABLISHED. Data on the same segment is delivered too.',
    },
    'ack-of-unsent': {
      title: 'An ACK of data never sent',
      why: 'The segment acknowledges bytes beyond SND.NXT, which this side has not sent, so it is dropped and answered with an ACK of what this side really expects.',
    },
    'ack-new': {
      title: 'New data acknowledged',
      why: 'SND.UNA moves up to SEG.ACK: those bytes need no retransmission. The retransmission timer stops when everything is acknowledged, or restarts for what is still outstanding.',
    },
    'ack-window': {
      title: 'A window update',
      why: 'The ACK acknowledges nothing new but comes with a newer window, so SND.WND (and SND.WL1, SND.WL2) are updated.',
    },
    'ack-duplicate': {
      title: 'An ACK with nothing new',
      why: 'The segment is acceptable but acknowledges nothing new and carries no data or FIN, so nothing changes.',
    },
    'keepalive-restart': {
      title: 'The peer is alive: keep-alive starts again',
      why: 'Any acceptable segment from the peer shows it is alive, so the count of unanswered probes goes back to 0 and the keep-alive timer restarts with the full idle time.',
    },
    'fin-wait-1-acked': {
      title: 'Our FIN acknowledged: FIN-WAIT-2',
      why: 'The ACK covers our FIN, so this direction is closed. The connection waits in FIN-WAIT-2 for the peer’s FIN; the peer may still send data meanwhile (half-close).',
    },
    'closing-acked': {
      title: 'Our FIN acknowledged in CLOSING: TIME-WAIT',
      why: 'Both FINs have now been sent and acknowledged after a simultaneous close. This side enters TIME-WAIT and waits 2MSL.',
    },
    'last-ack-acked': {
      title: 'The last ACK arrives: CLOSED',
      why: 'The peer acknowledged our FIN, the last thing outstanding, so the connection is closed and the TCB is deleted. The passive closer does not wait in TIME-WAIT.',
    },
    'time-wait-fin-again': {
      title: 'The peer’s FIN again in TIME-WAIT',
      why: 'Our last ACK was lost, so the peer retransmitted its FIN. TIME-WAIT exists for this: the side answers with the ACK again and starts the 2MSL timer afresh.',
    },
    'time-wait-ack': {
      title: 'An ACK in TIME-WAIT',
      why: 'There is nothing left to acknowledge in TIME-WAIT, so the ACK changes nothing. Linux restarts the 2MSL timer on it; RFC 9293 does not. Which one depends on the profile.',
    },
    'data-in-order': {
      title: 'Data in order: delivered and acknowledged',
      why: 'The data starts at RCV.NXT, so it goes to the application and RCV.NXT moves on by its length. The ACK (ack = RCV.NXT) tells the sender it arrived, at once or a little later.',
    },
    'data-out-of-order': {
      title: 'Data out of order',
      why: 'The data does not start at RCV.NXT (some is missing), so it is not delivered yet and an ACK repeats what this side still expects.',
    },
    'data-after-fin-ignored': {
      title: 'Data after the peer’s FIN',
      why: 'The peer already sent its FIN, so it should send no more data: the text is ignored.',
    },
    'delayed-ack': {
      title: 'The ACK waits a little',
      why: 'Instead of answering at once, the receiver starts a short delayed-ACK timer (under 500 ms) so that the ACK can ride on data or on a FIN it sends soon. This depends on the profile.',
    },
    'quick-ack': {
      title: 'Quick ACK at the start of a connection',
      why: 'Linux acknowledges the first data segments of a connection at once, even with delayed ACKs on (its quick-ACK mode, up to 16 segments), so that a sender whose window is still small is not kept waiting. The RFC does not ask for it: it only caps the delay under 0.5 s and asks for an ACK at least every second full-sized segment. This depends on the profile.',
    },
    'ack-every-second-segment': {
      title: 'A second segment waits: ACK now',
      why: 'An ACK was already being held for earlier data, and more has arrived. RFC 9293 says a receiver SHOULD acknowledge at least every second full-sized segment, so the held ACK goes now and covers both. (The engine does this for any second segment; Linux waits until more than one full-sized segment is unacknowledged.)',
    },
    'fin-established': {
      title: 'The peer’s FIN arrives: CLOSE-WAIT',
      why: 'The peer will send no more data. The FIN takes one sequence number, so RCV.NXT moves on by one and the ACK has ack = FIN’s seq + 1. The application is told, and this side may still send until it calls CLOSE.',
    },
    'fin-wait-1-fin': {
      title: 'A FIN crosses our FIN: CLOSING',
      why: 'Both sides closed at the same time. This side acknowledges the peer’s FIN and enters CLOSING to wait for the ACK of its own FIN.',
    },
    'fin-wait-1-fin-acked': {
      title: 'FIN and the ACK of our FIN together: TIME-WAIT',
      why: 'One segment acknowledges our FIN and carries the peer’s FIN, so this side skips FIN-WAIT-2: it acknowledges the FIN and enters TIME-WAIT at once, as after a three-segment close.',
    },
    'fin-wait-2-fin': {
      title: 'The peer’s FIN in FIN-WAIT-2: TIME-WAIT',
      why: 'Both directions are now closed. This side sends the last ACK and waits 2MSL in TIME-WAIT, so that it can answer a retransmitted FIN if that ACK is lost, and old segments of this connection die out before the same addresses and ports can be used again.',
    },
    'fin-again': {
      title: 'The peer’s FIN once more',
      why: 'The peer’s FIN was already received and counted in RCV.NXT, so this one is a retransmission: it is acknowledged again and nothing else changes.',
    },
    'fin-out-of-order': {
      title: 'A FIN with data missing before it',
      why: 'The FIN does not start at RCV.NXT, so bytes before it are still missing: it is not processed yet, and an ACK repeats what this side expects.',
    },
    'no-time-wait-close': {
      title: 'Hypothetical: no TIME-WAIT',
      why: 'Not TCP: in this variant the active closer deletes its TCB at once instead of waiting 2MSL. If its last ACK is lost, the peer’s retransmitted FIN meets a closed port and gets a RST.',
    },
    'rto-retransmit': {
      title: 'The retransmission timer expires: send again',
      why: 'No ACK came for the oldest unacknowledged segment within the RTO, so it is sent again and the timeout is doubled (exponential back-off), since the network may be congested.',
    },
    'rto-give-up': {
      title: 'Too many retransmissions: give up',
      why: 'The segment was retransmitted as many times as the profile allows with no answer, so TCP gives up: the application is told “connection timed out” and the TCB is deleted. On a synchronized connection, whether a RST,ACK is sent first depends on the profile.',
    },
    'rto-give-up-syn-received': {
      title: 'The SYN,ACK is never acknowledged',
      why: 'A listener retransmitted its SYN,ACK as many times as allowed without a third segment. RFC 9293 does not say what then; this profile’s choice decides whether it goes back to LISTEN or to CLOSED.',
    },
    'rto-nothing-outstanding': {
      title: 'The retransmission timer finds nothing to send',
      why: 'Everything sent has been acknowledged, so there is nothing to retransmit.',
    },
    'time-wait-timeout': {
      title: '2MSL is over: CLOSED',
      why: 'TIME-WAIT has lasted 2MSL with no retransmitted FIN, so the last ACK most likely got through, and old segments are gone: the TCB is deleted.',
    },
    'user-timeout': {
      title: 'The user timeout expires',
      why: 'A segment stayed unacknowledged longer than the user timeout allows, so the connection is deleted and the application is told the connection was aborted because of the user timeout.',
    },
    'keepalive-probe': {
      title: 'Idle too long: a keep-alive probe',
      why: 'Nothing has come from the peer for the idle time. TCP sends a probe with seq = SND.NXT − 1, a sequence number the peer has already acknowledged, so a live peer must answer with an ACK. One lost probe proves nothing, so probes repeat at the interval.',
    },
    'keepalive-busy': {
      title: 'Keep-alive waits: data is outstanding',
      why: 'The connection is not idle (data is waiting for an ACK), so the retransmission timer watches the peer instead and the keep-alive timer starts again.',
    },
    'keepalive-not-running': {
      title: 'Keep-alive does nothing here',
      why: 'Keep-alive is off on this connection, or the connection is not synchronized or is in TIME-WAIT, so the timer sends nothing.',
    },
    'keepalive-give-up': {
      title: 'No answer to the probes: the peer is dead',
      why: 'The connection sent as many probes as allowed and none was answered, so the peer is taken for dead: the application is told “connection timed out” and the TCB is deleted. Linux sends a RST,ACK first; the RFCs say nothing.',
    },
    'delayed-ack-timeout': {
      title: 'The delayed ACK goes out',
      why: 'No data or FIN came to carry the held-back ACK, so it is sent on its own when the delayed-ACK timer expires.',
    },
    'timer-stale': {
      title: 'A timer with nothing to do',
      why: 'The timer expired, but the connection has moved on and no longer needs it, so nothing happens.',
    },
    'host-crash': {
      title: 'The host crashes',
      why: 'Not a rule of TCP: the host loses every TCB and timer. Its peer does not know and may still believe the connection is open (a half-open connection).',
    },
    'host-reboot': {
      title: 'The host restarts',
      why: 'Not a rule of TCP: the host comes back with no memory of its connections, so a segment of an old connection gets a RST.',
    },
    'old-duplicate-injected': {
      title: 'An old duplicate in the network',
      why: 'Not a rule of TCP: a segment of an earlier connection was delayed in the network and now arrives. TCP must be ready for it, which is why the handshake takes three segments and TIME-WAIT lasts 2MSL.',
    },
    'scenario-start': {
      title: 'The scenario’s starting point',
      why: 'Not a rule of TCP: the scenario starts with this host already in this state, as if the earlier steps had happened.',
    },
  },
  settings: {
    abortReset: {
      name: 'What ABORT sends',
      why: 'RFC 9293 sends <SEQ=SND.NXT><CTL=RST>; Linux sets ACK on it too (RST,ACK). Either way the connection is gone.',
    },
    retransmittedSynInSynReceived: {
      name: 'A repeated SYN in SYN-RECEIVED',
      why: 'The RFC’s text answers a SYN that is already received with an ACK, like any old segment; Linux and BSD send the SYN,ACK again.',
    },
    inWindowSynInPassiveSynReceived: {
      name: 'A new SYN in a passive SYN-RECEIVED',
      why: 'RFC 9293 returns to LISTEN silently; Linux returns to LISTEN and sends a RST.',
    },
    synAckGiveUpState: {
      name: 'After the last SYN,ACK retransmission',
      why: 'The RFC does not say what a listener does when its SYN,ACK is never acknowledged. Linux drops the half-made connection and keeps listening.',
    },
    activeOpenInListen: {
      name: 'Connecting from a listener',
      why: 'RFC 9293 lets a listening TCB send a SYN and enter SYN-SENT; the sockets API refuses connect() on a listening socket.',
    },
    giveUpReset: {
      name: 'Giving up on a connection',
      why: 'When retransmissions or keep-alive probes give up, the RFCs only close the connection; Linux first sends a RST,ACK in case the peer can still hear it.',
    },
    timeWaitAckRestartsTimer: {
      name: 'A bare ACK in TIME-WAIT',
      why: 'RFC 9293 does nothing with it; Linux restarts the 2MSL timer.',
    },
    timeWaitMs: {
      name: 'Length of TIME-WAIT',
      why: 'RFC 9293 waits 2MSL with MSL = 2 minutes, so 4 minutes; Linux waits a fixed 60 s; the textbook follows RFC 793’s 2-minute MSL and notes that implementations may use less.',
    },
    delayedAckMs: {
      name: 'Delayed ACK',
      why: 'RFC 9293 recommends holding an ACK back, for less than 0.5 s, so that fewer ACKs are sent and one can ride on a reply. Linux starts its delay at about 40 ms (up to 200 ms); it acknowledges the first data segments of a connection at once (quick ACK), and once data has arrived it also holds the ACK of a FIN received in ESTABLISHED. The linux profile does the same with 40 ms. The RFC and textbook profiles acknowledge at once, as the textbook’s figures do, unless a scenario or the playground sets a delay.',
    },
    retries: {
      name: 'How often to retransmit before giving up',
      why: 'RFC 9293 asks for at least 3 minutes of SYN retransmissions and at least 100 s for data; Linux gives up on a SYN after 6 retries (about 127 s).',
    },
    keepAlive: {
      name: 'Keep-alive',
      why: 'The RFCs make keep-alive off by default, with a configurable idle time whose default is at least 2 hours, and no probe count; Linux probes after 7200 s, every 75 s, 9 times; the textbook says 2 hours, every 75 s, 10 probes.',
    },
  },
}
