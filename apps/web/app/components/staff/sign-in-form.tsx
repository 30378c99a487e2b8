import { Form } from '@remix-run/react'
import { Button, FormField, NotificationBanner, TextInput } from '@bluelamp/ui'
import { CsrfInput } from '../csrf-input.tsx'
import { PageErrorSummary } from '../page-error-summary.tsx'
import { keyFromData } from '../../i18n/i18n.ts'
import { useT } from '../../lib/site/use-t.ts'
import { CarriedFields, SignedOutNotice } from './carried.tsx'

/** What a failed sign-in attempt gives back to the form. */
export type SignInResultData =
  | { kind: 'invalid'; errors: { email?: string; password?: string }; email: string; carried?: Record<string, string>; next?: string }
  | { kind: 'failed'; email: string; carried?: Record<string, string>; next?: string }
  | { kind: 'throttled'; minutes: number; email: string; carried?: Record<string, string>; next?: string }

/**
 * The sign-in form. `carried`: what was typed on a report page when the session ran out (from that page, or from a
 * failed attempt here), sent along again as hidden fields so nothing is lost.
 */
export function SignInForm({
  force,
  expired,
  next,
  result,
  carried = result?.carried ?? {},
  action = '/staff?index',
}: {
  force: string
  expired: boolean
  next: string
  result?: SignInResultData
  carried?: Record<string, string>
  /** Where the form posts: a force's back office, or the national one (/admin). */
  action?: string
}) {
  const t = useT()
  const errors = result?.kind === 'invalid' ? result.errors : {}
  const summary = [
    ...(errors.email ? [{ href: '#email', text: t(keyFromData(errors.email)) }] : []),
    ...(errors.password ? [{ href: '#password', text: t(keyFromData(errors.password)) }] : []),
    ...(result?.kind === 'failed' ? [{ href: '#email', text: t('staff.wrongCredentials') }] : []),
    ...(result?.kind === 'throttled' ? [{ href: '#email', text: t('staff.throttled', { minutes: result.minutes }) }] : []),
  ]
  return (
    <div className="max-w-2xl">
      {summary.length > 0 ? <PageErrorSummary title={t('staff.errorSummaryTitle')} errors={summary} /> : null}
      {Object.keys(carried).length > 0 ? <SignedOutNotice carried={carried} /> : null}
      {expired && !result && Object.keys(carried).length === 0 ? <NotificationBanner title={t('staff.title')}>{t('staff.sessionExpired')}</NotificationBanner> : null}
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('staff.signInTitle')}</h1>
      <p className="mb-6 text-lg">{t('staff.signInIntro', { force })}</p>
      {/* Posted from the sign-in page, or from a report page whose session ran out: always to the sign-in action. */}
      <Form method="post" action={action} noValidate>
        <CsrfInput />
        <input type="hidden" name="next" value={next} />
        <CarriedFields carried={carried} />
        <FormField id="email" label={t('staff.emailLabel')} error={errors.email ? t(keyFromData(errors.email)) : undefined}>
          <TextInput name="email" type="email" autoComplete="username" spellCheck={false} defaultValue={result?.email ?? ''} />
        </FormField>
        <FormField id="password" label={t('staff.passwordLabel')} error={errors.password ? t(keyFromData(errors.password)) : undefined}>
          <TextInput name="password" type="password" autoComplete="current-password" />
        </FormField>
        <Button type="submit">{t('staff.signIn')}</Button>
      </Form>
    </div>
  )
}
