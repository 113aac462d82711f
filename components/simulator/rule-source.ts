/**
 * Where a rule comes from and what this run's profile chose for it, in words. Pure.
 */
import type { Profile, RuleId, RuleSetting } from '@/lib/tcp'
import { ruleInfo } from '@/lib/tcp'
import { formatDuration, type Translate } from './format'

/** Pure. "RFC 9293 §3.10.7.4, fifth step · see also §3.5 · Source: RFC 5961 §3.2"; for what is not TCP's doing, null. */
export function ruleSource(rule: RuleId, t: Translate): string | null {
  const info = ruleInfo(rule)
  if (info.section === null) return null
  const parts = [info.step ? t('why.sectionStep', { section: info.section, step: t(`why.steps.${info.step}`) }) : t('why.section', { section: info.section })]
  if (info.see?.length) parts.push(t('why.see', { sections: info.see.join(', §') }))
  if (info.source) parts.push(t('why.source', { source: info.source }))
  return parts.join(' · ')
}

/** Pure. What a profile does about a setting: "RST,ACK", "TIME-WAIT lasts 60 s", "off unless turned on; …". */
export function settingValue(setting: RuleSetting, profile: Profile, t: Translate): string {
  switch (setting) {
    case 'timeWaitMs':
      return t('why.value.timeWait', { time: formatDuration(profile.timeWaitMs, t) })
    case 'delayedAckMs':
      return profile.delayedAckMs === null ? t('why.value.ackAtOnce') : t('why.value.ackDelayed', { time: formatDuration(profile.delayedAckMs, t) })
    case 'retries':
      return t('why.value.retries', { syn: profile.synRetries, synAck: profile.synAckRetries, data: profile.dataRetries })
    case 'keepAlive': {
      const k = profile.keepAlive
      const times = { idle: formatDuration(k.idleMs, t), interval: formatDuration(k.intervalMs, t), probes: k.probes }
      return t(k.enabled ? 'why.value.keepAliveOn' : 'why.value.keepAliveOff', times)
    }
    default:
      return t(`why.choice.${setting}.${String(profile.choices[setting])}`)
  }
}
