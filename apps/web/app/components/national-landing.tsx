import { Button, FormField, TextInput, WarningText } from '@bluelamp/ui'
import type { MessageKey } from '../i18n/i18n.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'
import { PageErrorSummary } from './page-error-summary.tsx'

export interface ForceLink {
  id: string
  name: string
  nameCy?: string
  href: string
}

export interface FinderError {
  message: MessageKey
  vars?: Record<string, string>
}

const FIELD_ID = 'postcode'

/** The bare host: find your force by postcode (a GET form to /find), and every force A to Z. */
export function NationalLanding({ forces, postcode = '', error }: { forces: ForceLink[]; postcode?: string; error?: FinderError }) {
  const t = useT()
  const errorText = error ? t(error.message, error.vars) : undefined
  return (
    <>
      {errorText ? <PageErrorSummary title={t('find.errorTitle')} errors={[{ href: `#${FIELD_ID}`, text: errorText }]} /> : null}
      <h1 className="mb-6 text-3xl font-bold md:text-5xl">{t('national.title')}</h1>
      <p className="mb-6 max-w-2xl text-xl">{t('national.intro')}</p>
      <WarningText iconLabel={t('common.emergencyWarningIcon')}>{t('common.emergencyWarning')}</WarningText>

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('national.finderHeading')}</h2>
      <form method="get" action="/find" noValidate className="mb-8" role="search" aria-label={t('national.finderHeading')}>
        <FormField id={FIELD_ID} label={t('find.label')} hint={t('find.hint')} error={errorText} errorPrefix={t('find.errorPrefix')}>
          <TextInput
            name="postcode"
            width="10"
            defaultValue={postcode}
            autoComplete="postal-code"
            autoCapitalize="characters"
            spellCheck={false}
          />
        </FormField>
        <Button type="submit">{t('find.submit')}</Button>
      </form>

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('national.listHeading')}</h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {forces.map((f) => (
          <li key={f.id}>
            <a className="text-link underline underline-offset-2" href={f.href} data-force={f.id}>
              {f.name}
            </a>
            {f.nameCy ? (
              <>
                {' '}
                <span className="text-secondary-text" lang="cy">
                  ({f.nameCy})
                </span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <Attribution />
    </>
  )
}

export interface ForceCandidate {
  id: string
  name: string
  href: string
  welsh: boolean
  councils: string[]
}

/** A postcode district that straddles force areas: the person chooses; we do not guess. */
export function ForceChoice({ outcode, candidates }: { outcode: string; candidates: ForceCandidate[] }) {
  const t = useT()
  const list = new Intl.ListFormat(useLocale() === 'cy' ? 'cy' : 'en-GB', { type: 'conjunction' })
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold md:text-5xl">{t('find.choiceTitle')}</h1>
      <p className="mb-6 max-w-2xl text-xl">{t('find.choiceIntro', { outcode })}</p>
      <ul className="mb-6 max-w-2xl space-y-4" aria-label={t('find.choiceTitle')}>
        {candidates.map((c) => (
          <li key={c.id} className="border-l-4 border-brand bg-surface p-4" data-force={c.id}>
            <a className="text-xl font-bold text-link underline underline-offset-2" href={c.href}>
              {c.name}
            </a>
            {c.councils.length ? <p className="mt-1 text-secondary-text">{t('find.choiceCouncils', { councils: list.format(c.councils) })}</p> : null}
            {c.welsh ? <p className="mt-1 text-secondary-text">{t('find.welshOffered')}</p> : null}
          </li>
        ))}
      </ul>
      <p className="mb-6 max-w-2xl">{t('find.choiceNotSure')}</p>
      <p className="mb-6">
        <a className="text-link underline underline-offset-2" href="/">
          {t('find.searchAgain')}
        </a>
      </p>
      <Attribution />
    </>
  )
}

function Attribution() {
  const t = useT()
  return <p className="mt-10 max-w-3xl border-t border-border pt-4 text-sm text-secondary-text">{t('find.attribution')}</p>
}
