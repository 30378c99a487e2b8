import type { HeadersFunction, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Button, FormField, Tag, TextInput } from '@bluelamp/ui'
import { ContentCrumbs, ContentPagination } from '../components/content.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { searchLoader } from '../lib/content/search.server.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

export const loader = searchLoader

// A results page holds what someone typed: its no-store reaches the browser (the form alone is shared).
export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const cacheControl = loaderHeaders.get('Cache-Control')
  return cacheControl ? { 'Cache-Control': cacheControl } : new Headers()
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  journeyMeta(
    matches,
    [(t) => (data?.results ? t('search.pageTitle', { query: data.query, page: data.results.page }) : t('search.title', { force: data?.forceName ?? '' }))],
    (t) => t('search.hint'),
    Boolean(data?.error),
  )

const FIELD_ID = 'q'

export default function Search() {
  const { forceName, query, error, results } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <ContentCrumbs />
      {error ? <PageErrorSummary title={t('search.errorSummaryTitle')} errors={[{ href: `#${FIELD_ID}`, text: error }]} /> : null}
      <h1 className="mb-6 text-3xl font-bold md:text-5xl">{t('search.title', { force: forceName })}</h1>
      <form method="get" action="/search" noValidate className="mb-8 max-w-2xl" role="search" aria-label={t('search.nav')}>
        <FormField id={FIELD_ID} label={t('search.label')} labelSize="m" hint={t('search.hint')} error={error ?? undefined} errorPrefix={t('content.area.errorPrefix')}>
          <TextInput name="q" type="search" defaultValue={query} spellCheck={false} enterKeyHint="search" />
        </FormField>
        <Button type="submit">{t('search.button')}</Button>
      </form>
      {results ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-2 text-2xl font-bold">
            {t('search.resultsHeading')}
          </h2>
          <p className="mb-6 text-lg" role="status">
            {results.total === 0 ? t('search.none', { query }) : results.total === 1 ? t('search.countOne', { query }) : t('search.count', { count: results.total, query })}
          </p>
          {results.total === 0 ? (
            <p className="mb-6 max-w-2xl">
              {t('search.noneHelp')}{' '}
              <a className="text-link underline underline-offset-2" href="/services">
                {t('search.servicesLink')}
              </a>
            </p>
          ) : (
            <ol className="mb-8 max-w-3xl" data-search-results="">
              {results.items.map((item) => (
                <li key={item.href} className="border-b border-border py-4" lang={item.lang !== locale ? item.lang : undefined} data-kind={item.kind}>
                  <Tag className="mb-2" lang={locale}>
                    {t(`search.kinds.${item.kind}`)}
                  </Tag>
                  <h3 className="mb-1 text-xl font-bold">
                    <a className="text-link underline underline-offset-2" href={item.href}>
                      {item.title}
                    </a>
                  </h3>
                  <p className="text-secondary-text">{item.snippet.map((part, i) => (part.match ? <strong key={i} className="font-bold text-text">{part.text}</strong> : <span key={i}>{part.text}</span>))}</p>
                </li>
              ))}
            </ol>
          )}
          <ContentPagination links={results.pagination} />
        </section>
      ) : null}
    </>
  )
}
