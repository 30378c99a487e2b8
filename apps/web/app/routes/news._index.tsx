import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ContentCrumbs, ContentList, ContentPagination, pageSuffix } from '../components/content.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { newsListLoader } from '../lib/content/content.server.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = newsListLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...journeyMeta(matches, [(t) => `${t('content.news.title')}${pageSuffix(data?.page, t)}`], (t) => t('content.news.intro', { force: data?.forceName ?? '' })),
  { tagName: 'link', rel: 'alternate', type: 'application/atom+xml', href: '/news.atom', title: data?.forceName ?? '' },
]

export default function News() {
  const { forceName, items, pagination } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <ContentCrumbs />
      <h1 className="mb-4 text-3xl font-bold md:text-5xl">{t('content.news.title')}</h1>
      <p className="mb-6 max-w-2xl text-xl">{t('content.news.intro', { force: forceName })}</p>
      <ContentList items={items} empty={t('content.news.empty')} />
      <ContentPagination links={pagination} />
      <p className="mt-6 text-lg">
        <a className="text-link underline underline-offset-2" href="/news.atom" type="application/atom+xml">
          {t('content.news.feed')}
        </a>
      </p>
    </>
  )
}
