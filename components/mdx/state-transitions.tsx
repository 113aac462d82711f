import { getLocale, getTranslations } from 'next-intl/server'
import { loadOutline } from '@/lib/content/lessons.server'
import { getScenario, startScenario } from '@/lib/scenarios'
import { taughtTransitions } from '@/lib/scenarios/transitions'
import { encodeRecording, recordingOf } from '@/lib/sim'
import { ScrollableTable } from './scrollable-table'

/**
 * `<StateTransitions />`: every transition of the state diagram the course teaches, each with the
 * lesson that teaches it and a link that opens its scenario in the playground.
 */
export async function StateTransitions() {
  const locale = (await getLocale()) === 'zh' ? 'zh' : 'en'
  const [t, outline] = await Promise.all([getTranslations('mdx.transitions'), loadOutline(locale)])
  const titles = new Map(outline.flatMap((section) => section.lessons.map((l) => [l.slug, l.title] as const)))
  return (
    <ScrollableTable>
      <caption className="text-left text-sm">{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('from')}</th>
          <th scope="col">{t('to')}</th>
          <th scope="col">{t('event')}</th>
          <th scope="col">{t('lesson')}</th>
          <th scope="col">{t('simulator')}</th>
        </tr>
      </thead>
      <tbody>
        {taughtTransitions.map((transition) => {
          const scenario = getScenario(transition.scenario)
          const sim = scenario ? encodeRecording(recordingOf(startScenario(scenario), scenario.id)) : null
          return (
            <tr key={`${transition.from}-${transition.to}-${transition.scenario}`}>
              <td><code>{transition.from}</code></td>
              <td><code>{transition.to}</code></td>
              <td>
                {transition.event[locale]} <span className="text-slate-500 dark:text-slate-400">({t('rfc', { section: transition.rfc })})</span>
              </td>
              <td>
                <a href={`/${locale}/lessons/${transition.lesson}/`}>{titles.get(transition.lesson) ?? transition.lesson}</a>
              </td>
              <td>
                {scenario && sim ? (
                  <a href={`/${locale}/playground/?sim=${sim}`} aria-label={t('open', { scenario: scenario.title[locale] })}>
                    {scenario.title[locale]}
                  </a>
                ) : null}
              </td>
            </tr>
          )
        })}
      </tbody>
    </ScrollableTable>
  )
}
