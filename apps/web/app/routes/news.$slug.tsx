import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { journeyMeta } from '../components/journey/meta.ts'
import { newsArticleLoader } from '../lib/content/content.server.ts'
import { NewsArticlePage } from '../components/content-pages.tsx'

export const loader = newsArticleLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => journeyMeta(matches, [data?.title, (t) => t('content.news.title')], () => data?.summary ?? '')

export default function NewsArticle() {
  return <NewsArticlePage data={useLoaderData<typeof loader>()} />
}
