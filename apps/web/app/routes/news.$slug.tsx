import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ContentBody, ContentCrumbs } from '../components/content.tsx'
import { ContentPicture } from '../components/content-picture.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { newsArticleLoader } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/use-t.ts'

export const loader = newsArticleLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => journeyMeta(matches, [data?.title, (t) => t('content.news.title')], () => data?.summary ?? '')

export default function NewsArticle() {
  const data = useLoaderData<typeof loader>()
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
