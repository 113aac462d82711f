/** The rules in English (see `types.ts`). */
import type { RuleTexts } from './types'

export const RULE_TEXTS_EN: RuleTexts = {
  rules: {
    'listen-syn': {
      title: 'A SYN arrives at a listener',
      why: 'The server records the client’s initial sequence number (RCV.NXT = its seq + 1), picks its own ISN and answers with SYN,ACK in one segment, then waits in SYN-RECEIVED for the third segment.',
    },
  },
  settings: {},
} as unknown as RuleTexts
