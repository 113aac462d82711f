/**
 * The RFCs' own words for some rules, in English, as the Why panel shows them under "The RFC’s
 * words". Short passages of the event processing the rule implements (RFC 9293 §3.10, which keeps
 * RFC 793's wording here; RFC 5961 §4.2 for the challenge ACK).
 */
import type { RuleId } from '@/lib/tcp/rules'

export const RFC_QUOTES: Partial<Record<RuleId, string>> = {
  'closed-reset':
    'If the ACK bit is off, sequence number zero is used,\n  <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>\nIf the ACK bit is on,\n  <SEQ=SEG.ACK><CTL=RST>',
  'listen-rst-ignored': 'An incoming RST should be ignored.',
  'listen-ack-reset':
    'Any acknowledgment is bad if it arrives on a connection still in the LISTEN state. An acceptable reset segment should be formed for any arriving ACK-bearing segment.\n  <SEQ=SEG.ACK><CTL=RST>',
  'syn-challenge':
    'If the SYN bit is set, irrespective of the sequence number, TCP MUST send an ACK (also referred to as challenge ACK) to the remote peer:\n  <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>\nAfter sending the acknowledgment, TCP MUST drop the unacceptable segment and stop processing further.',
}
