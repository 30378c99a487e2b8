import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { printLoader } from '../lib/journey/submit.server.ts'
import { JourneyFrame } from '../components/journey/journey-frame.tsx'
import { ReportCopy } from '../components/journey/report-copy.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

/** A sensitive journey has no printable page: its copy is shown on the confirmation, and only when asked for. */
export const loader = printLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [data.reference, data.service.title], (t, { force }) => t('meta.print', { force: data.forceName || force })) : []

/** A copy of the report as sent: the questions as asked and the answers as given. */
export default function PrintableCopy() {
  const page = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <JourneyFrame service={page.service} backHref={`/services/${page.service.id}/confirmation`}>
      <span className="mb-1 block text-lg text-secondary-text">{page.service.title}</span>
      <ReportCopy page={{ ...page, rows: page.rows ?? [] }} t={t} locale={locale} heading={1} />
    </JourneyFrame>
  )
}
