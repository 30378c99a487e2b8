import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ContentCrumbs, ContentList } from '../components/content.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { adviceListLoader } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

export const loader = adviceListLoader

export const meta: MetaFunction<typeof loader> = ({ matches }) => journeyMeta(matches, [(t) => t('content.advice.title')], (t) => t('content.advice.intro'))

export default function Advice() {
  const { items } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <ContentCrumbs />
      <h1 className="mb-4 text-3xl font-bold md:text-5xl">{t('content.advice.title')}</h1>
      <p className="mb-6 max-w-2xl text-xl">{t('content.advice.intro')}</p>
      <ContentList
        items={items}
        empty=""
        extra={(item) => (
          <p className="text-secondary-text" lang={locale}>
            {item.label}
          </p>
        )}
      />
    </>
  )
}
