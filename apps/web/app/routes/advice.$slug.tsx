import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ContentBody, ContentCrumbs } from '../components/content.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { advicePageLoader } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/use-t.ts'

export const loader = advicePageLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => journeyMeta(matches, [data?.title, (t) => t('content.advice.title')], () => data?.summary ?? '')

export default function AdvicePage() {
  const data = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const other = (lang: string) => (lang !== locale ? lang : undefined)
  return (
    <>
      <ContentCrumbs section={{ href: '/advice', label: t('content.nav.advice') }} />
      <h1 className="mb-4 max-w-3xl text-3xl font-bold md:text-4xl" lang={other(data.lang)}>
        {data.title}
      </h1>
      <p className="mb-4 max-w-3xl text-xl" lang={other(data.lang)}>
        {data.summary}
      </p>
      {/* Whose words these are, before the words: national advice, the force's own, or both. */}
      <p className="mb-8 max-w-3xl border-l-4 border-brand pl-3 text-lg font-bold" data-owner={data.owner}>
        {data.label}
      </p>
      {data.sections.map((section, i) =>
        section.owner === 'force' && data.owner === 'national-and-force' ? (
          <section key={i} className="mt-10 max-w-3xl border-t-4 border-brand pt-6" aria-labelledby={`force-section-${i}`} lang={other(section.lang)}>
            <p className="mb-2 text-secondary-text" lang={locale}>
              {data.sectionLabel}
            </p>
            <h2 id={`force-section-${i}`} className="mb-4 text-2xl font-bold">
              {section.heading}
            </h2>
            <ContentBody html={section.html} lang={locale} />
          </section>
        ) : (
          <ContentBody key={i} html={section.html} lang={section.lang} />
        ),
      )}
      {data.services.length > 0 ? (
        <>
          <h2 className="mt-8 mb-4 text-2xl font-bold">{t('content.advice.reportOnline')}</h2>
          <ul className="mb-8 list-disc space-y-1 pl-6 text-lg">
            {data.services.map((s) => (
              <li key={s.href}>
                <a className="text-link underline underline-offset-2" href={s.href}>
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-8 text-secondary-text">{t('content.advice.updated', { date: data.updated })}</p>
    </>
  )
}
