import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Tag } from '@bluelamp/ui'
import { ContentCrumbs, ContentList, ContentPagination, pageSuffix } from '../components/content.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { appealsListLoader } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

export const loader = appealsListLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  journeyMeta(matches, [(t) => `${t('content.appeals.title')}${pageSuffix(data?.page, t)}`], (t) => t('content.appeals.intro', { force: data?.forceName ?? '' }))

export default function Appeals() {
  const { forceName, items, pagination } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <ContentCrumbs />
      <h1 className="mb-4 text-3xl font-bold md:text-5xl">{t('content.appeals.title')}</h1>
      <p className="mb-6 max-w-2xl text-xl">{t('content.appeals.intro', { force: forceName })}</p>
      <ContentList
        items={items}
        empty={t('content.appeals.empty')}
        extra={(appeal) => (
          <p className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1" lang={locale}>
            <Tag status={appeal.open ? 'active' : 'muted'}>{appeal.status}</Tag>
            <span>
              {t('content.appeals.reference')}: <span className="font-bold">{appeal.reference}</span>
            </span>
          </p>
        )}
      />
      <ContentPagination links={pagination} />
    </>
  )
}
