import type { Translate } from '../../i18n/i18n.ts'
import type { HelplineView } from '../../lib/journey/view.server.ts'

/**
 * Helplines for a sensitive journey, on every page of it (questions, outcomes, confirmation): someone who stops
 * half way, or is told to call 999, still leaves with a number to call in confidence. Plain links, no script.
 */
export function Helplines({ helplines, t }: { helplines: HelplineView[]; t: Translate }) {
  if (helplines.length === 0) return null
  return (
    <section aria-labelledby="helplines-heading" data-journey="helplines" className="my-8 border-l-[10px] border-border py-3 pl-4">
      <h2 id="helplines-heading" className="mb-2 text-xl font-bold">
        {t('journey.helplines.title')}
      </h2>
      <p className="mb-4">{t('journey.helplines.intro')}</p>
      <ul className="m-0 list-none space-y-4 p-0">
        {helplines.map((h) => (
          <li key={h.id} data-helpline={h.id}>
            <p className="m-0 font-bold">
              <a href={h.url} rel="noreferrer">
                {h.name}
              </a>
            </p>
            <p className="m-0">
              <a href={`tel:${h.phone.replace(/\s/g, '')}`}>{h.phone}</a>. {h.hours}
            </p>
            <p className="m-0 text-secondary-text">{h.description}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
