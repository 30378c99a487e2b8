import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Button, FormField, InsetText, TextInput } from '@bluelamp/ui'
import { ContentCrumbs, ContentList } from '../components/content.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { yourAreaLoader } from '../lib/content/content.server.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

export const loader = yourAreaLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  journeyMeta(matches, [(t) => t('content.area.title')], (t) => t('content.area.intro'), Boolean(data?.search && 'error' in data.search))

const FIELD_ID = 'postcode'

export default function YourArea() {
  const { teams, postcode, search, example } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const error = search && 'error' in search ? search.error : undefined
  return (
    <>
      <ContentCrumbs />
      {error ? <PageErrorSummary title={t('content.area.errorTitle')} errors={[{ href: `#${FIELD_ID}`, text: error }]} /> : null}
      <h1 className="mb-4 text-3xl font-bold md:text-5xl">{t('content.area.title')}</h1>
      <p className="mb-6 max-w-2xl text-xl">{t('content.area.intro')}</p>
      <form method="get" action="/your-area" noValidate className="mb-8" role="search" aria-label={t('content.area.search')}>
        <FormField id={FIELD_ID} label={t('content.area.postcodeLabel')} labelSize="m" hint={t('content.area.postcodeHint', example)} error={error} errorPrefix={t('content.area.errorPrefix')}>
          <TextInput name="postcode" width="10" defaultValue={postcode} autoComplete="postal-code" autoCapitalize="characters" spellCheck={false} />
        </FormField>
        <Button type="submit">{t('content.area.search')}</Button>
      </form>
      {search && 'notCovered' in search ? (
        <InsetText className="max-w-2xl" role="status">
          {search.notCovered}{' '}
          <a className="text-link underline underline-offset-2" href="/contact">
            {t('content.nav.contact')}
          </a>
        </InsetText>
      ) : null}
      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('content.area.teamsHeading')}</h2>
      <ContentList
        items={teams}
        level={3}
        empty={t('content.area.empty')}
        extra={(team) => (
          <p className="text-secondary-text" lang={locale}>
            {t('content.area.covers', { districts: team.districts.join(', ') })}
          </p>
        )}
      />
    </>
  )
}
