import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { InsetText, SummaryList } from '@bluelamp/ui'
import { ContentBody, ContentCrumbs } from '../components/content.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { areaPageLoader } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/use-t.ts'

export const loader = areaPageLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => journeyMeta(matches, [data?.title, (t) => t('content.area.title')], () => data?.summary ?? '')

export default function AreaPage() {
  const data = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const other = (lang: string) => (lang !== locale ? lang : undefined)
  return (
    <>
      <ContentCrumbs section={{ href: '/your-area', label: t('content.nav.yourArea') }} />
      <div lang={other(data.lang)}>
        <h1 className="mb-4 max-w-3xl text-3xl font-bold md:text-4xl">{data.title}</h1>
        <p className="mb-2 max-w-3xl text-xl">{data.summary}</p>
        <p className="mb-8 text-secondary-text" lang={locale}>
          {t('content.area.covers', { districts: data.districts.join(', ') })}
        </p>
        <ContentBody html={data.html} lang={data.lang} />
        {data.priorities.length > 0 ? (
          <>
            <h2 className="mt-8 mb-4 text-2xl font-bold" lang={locale}>
              {t('content.area.prioritiesHeading')}
            </h2>
            <ol className="mb-8 max-w-3xl list-decimal space-y-4 pl-6 text-lg">
              {data.priorities.map((p) => (
                <li key={p.title}>
                  <h3 className="font-bold">{p.title}</h3>
                  <p>{p.detail}</p>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('content.area.contactHeading')}</h2>
      {data.email || data.phone || data.contactNote ? (
        <ul className="mb-4 max-w-3xl space-y-1 text-lg">
          {data.email ? (
            <li>
              {t('content.area.email')}
              <a className="text-link underline underline-offset-2" href={`mailto:${data.email}`}>
                {data.email}
              </a>
            </li>
          ) : null}
          {data.phone ? (
            <li>
              {t('content.area.phone')}
              <a className="text-link underline underline-offset-2" href={`tel:${data.phone.replace(/[^0-9+]/g, '')}`}>
                {data.phone}
              </a>
            </li>
          ) : null}
          {data.contactNote ? <li lang={other(data.lang)}>{data.contactNote}</li> : null}
        </ul>
      ) : null}
      <InsetText className="max-w-3xl">{t('content.area.notUrgent', { number: data.nonEmergency })}</InsetText>
      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('content.area.meetingHeading')}</h2>
      {data.meeting ? (
        <SummaryList
          className="max-w-3xl"
          rows={[
            { key: t('content.area.meetingWhen'), value: <time dateTime={data.meeting.iso}>{data.meeting.when}</time> },
            ...(data.meeting.place ? [{ key: t('content.area.meetingWhere'), value: <span lang={other(data.lang)}>{data.meeting.place}</span> }] : []),
          ]}
        />
      ) : (
        <p className="mb-8 text-lg">{t('content.area.noMeeting')}</p>
      )}
      <p className="text-lg">
        <a className="text-link underline underline-offset-2" href="/your-area">
          {t('content.area.otherArea')}
        </a>
      </p>
    </>
  )
}
