import { formatUk } from '@bluelamp/triage/uk-time'
import { SummaryList } from '@bluelamp/ui'
import type { Translate } from '../../i18n/i18n.ts'
import type { Locale } from '../../i18n/i18n.ts'

/** When the report was sent, in UK time, the way a person reads it: "1 December 2026 at 09:15". */
export function sentOn(iso: string, locale: Locale): string {
  return formatUk(iso, locale)
}

/** The report as sent: its reference, when it was sent, the questions as asked and the answers as given. */
export function ReportCopy({ page, t, locale, heading }: {
  page: { reference: string; submittedAt: string; forceName: string; rows: { question: string; answer: string }[] }
  t: Translate
  locale: Locale
  /** The copy's heading level: its own page (1), or a section of the confirmation (2). */
  heading: 1 | 2
}) {
  const Heading = heading === 1 ? 'h1' : 'h2'
  return (
    <section aria-labelledby="report-copy-heading" data-journey="report-copy">
      <Heading id="report-copy-heading" className={heading === 1 ? 'mb-4 text-3xl font-bold md:text-4xl' : 'mb-4 text-2xl font-bold'}>
        {t('journey.confirmation.printTitle', { force: page.forceName })}
      </Heading>
      <p className="mb-2 text-xl">
        {t('journey.confirmation.reference')}: <strong data-journey="reference">{page.reference}</strong>
      </p>
      <p className="mb-6">{t('journey.confirmation.sentOn', { date: sentOn(page.submittedAt, locale) })}</p>
      <p className="mb-6 text-secondary-text print:hidden">{t('journey.confirmation.printHint')}</p>
      <SummaryList rows={page.rows.map((row) => ({ key: row.question, value: row.answer }))} />
    </section>
  )
}
