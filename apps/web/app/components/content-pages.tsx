// The pages of a force's own content, each drawn from its view (app/lib/content/content.server.ts): the public routes
// and the editor's preview (/staff/content/<id>/preview) render the same component from the same view, so what an
// editor previews is what the public will see.
import { Button, InsetText, SummaryList, Tag, WarningText } from '@bluelamp/ui'
import type { AdvicePageView, AppealView, AreaView, ContactView, NewsArticleView } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'
import { ContentBody, ContentCrumbs } from './content.tsx'
import { ContentPicture } from './content-picture.tsx'

/** The page, from its view: drawn by the public route and by the editor's preview alike. */
export function NewsArticlePage({ data }: { data: NewsArticleView }) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <ContentCrumbs section={{ href: '/news', label: t('content.nav.news') }} />
      <article lang={data.lang !== locale ? data.lang : undefined}>
        <h1 className="mb-4 max-w-3xl text-3xl font-bold md:text-4xl">{data.title}</h1>
        <p className="mb-4 max-w-3xl text-xl">{data.summary}</p>
        <p className="mb-8 text-secondary-text" lang={locale}>
          <time dateTime={data.publishedIso}>{t('content.news.published', { date: data.published })}</time>
          {data.updated ? <> · {t('content.news.updated', { date: data.updated })}</> : null}
        </p>
        {data.picture ? <ContentPicture picture={data.picture} locale={locale} /> : null}
        <ContentBody html={data.html} lang={data.lang} />
      </article>
    </>
  )
}

/** The page, from its view: drawn by the public route and by the editor's preview alike. */
export function AppealPage({ data }: { data: AppealView }) {
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

/** The page, from its view: drawn by the public route and by the editor's preview alike. */
export function AdvicePage({ data }: { data: AdvicePageView }) {
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

/** The page, from its view: drawn by the public route and by the editor's preview alike. */
export function AreaPage({ data }: { data: AreaView }) {
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

/** The page, from its view: drawn by the public route and by the editor's preview alike. */
export function ContactPage({ data }: { data: ContactView }) {
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
