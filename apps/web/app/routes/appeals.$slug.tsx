import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Button, InsetText, SummaryList, Tag } from '@bluelamp/ui'
import { ContentBody, ContentCrumbs } from '../components/content.tsx'
import { ContentPicture } from '../components/content-picture.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { appealLoader } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/use-t.ts'

export const loader = appealLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => journeyMeta(matches, [data?.title, (t) => t('content.appeals.title')], () => data?.summary ?? '')

export default function Appeal() {
  const data = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const other = (lang: string) => (lang !== locale ? lang : undefined)
  return (
    <>
      <ContentCrumbs section={{ href: '/appeals', label: t('content.nav.appeals') }} />
      <h1 className="mb-4 max-w-3xl text-3xl font-bold md:text-4xl" lang={other(data.lang)}>
        {data.title}
      </h1>
      <p className="mb-6 max-w-3xl text-xl" lang={other(data.lang)}>
        {data.summary}
      </p>
      {data.picture ? <ContentPicture picture={data.picture} locale={locale} /> : null}
      <SummaryList
        className="mb-8 max-w-3xl"
        rows={[
          { key: t('content.appeals.reference'), value: <span className="font-bold">{data.reference}</span> },
          { key: t('content.appeals.status'), value: <Tag status={data.open ? 'active' : 'muted'}>{data.status}</Tag> },
          ...(data.closesOn ? [{ key: t('content.appeals.closesOn'), value: data.closesOn }] : []),
          { key: t('content.appeals.published'), value: data.published },
        ]}
      />
      {data.outcome ? (
        <>
          <h2 className="mb-4 text-2xl font-bold">{t('content.appeals.outcomeHeading')}</h2>
          <InsetText lang={other(data.outcome.lang)}>{data.outcome.text}</InsetText>
        </>
      ) : null}
      <ContentBody html={data.html} lang={data.lang} />
      {data.giveInformation ? (
        <div className="mt-8 max-w-3xl">
          <p className="mb-4 text-lg">{t('content.appeals.giveInformationHint', { reference: data.reference })}</p>
          <div className="mb-6">
            <Button asChild>
              <a href={data.giveInformation.href}>{t('content.appeals.giveInformation')}</a>
            </Button>
          </div>
          <p className="mb-4 text-lg">{t('content.appeals.byPhone', { number: data.nonEmergency, reference: data.reference })}</p>
          <p className="text-lg">{t('content.appeals.anonymous')}</p>
        </div>
      ) : (
        <InsetText className="max-w-3xl">{t('content.appeals.closed', { number: data.nonEmergency })}</InsetText>
      )}
    </>
  )
}
