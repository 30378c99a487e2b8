import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Button, SummaryList, WarningText } from '@bluelamp/ui'
import { ContentBody, ContentCrumbs } from '../components/content.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { contactLoader } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/use-t.ts'

export const loader = contactLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  journeyMeta(matches, [(t) => data?.title ?? t('content.contact.title', { force: data?.forceName ?? '' })], (t) => data?.summary ?? t('content.contact.intro'))

export default function Contact() {
  const data = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const other = data.lang !== locale ? data.lang : undefined
  const facts = data.facts
  return (
    <>
      <ContentCrumbs />
      <h1 className="mb-4 max-w-3xl text-3xl font-bold md:text-5xl" lang={other}>
        {data.title ?? t('content.contact.title', { force: data.forceName })}
      </h1>
      <p className="mb-6 max-w-3xl text-xl" lang={other}>
        {data.summary ?? t('content.contact.intro')}
      </p>
      {data.html ? <ContentBody html={data.html} lang={data.lang} /> : null}
      {facts ? (
        <>
          <h2 className="mt-8 mb-4 text-2xl font-bold">{t('content.contact.emergencyHeading')}</h2>
          <WarningText iconLabel={t('common.emergencyWarningIcon')}>{t('content.contact.emergency', { relay: facts.emergencyTextRelay })}</WarningText>
          <h2 className="mt-8 mb-4 text-2xl font-bold">{t('content.contact.otherHeading')}</h2>
          <Button asChild variant="secondary">
            <a href="/services">{t('content.contact.reportOnline')}</a>
          </Button>
          <SummaryList
            className="max-w-3xl"
            rows={[
              { key: t('content.contact.phoneLabel'), value: facts.nonEmergency },
              { key: t('content.contact.textphoneLabel'), value: facts.textphone },
              ...(facts.address ? [{ key: t('content.contact.address'), value: facts.address }] : []),
              ...(facts.openingHours ? [{ key: t('content.contact.openingHours'), value: facts.openingHours }] : []),
            ]}
          />
        </>
      ) : null}
    </>
  )
}
