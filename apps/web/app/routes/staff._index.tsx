import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, ErrorSummary, FormField, NotificationBanner, TextInput } from '@bluelamp/ui'
import { CsrfInput } from '../components/csrf-input.tsx'
import { requireCsrf } from '../lib/csrf.server.ts'
import { readStaffSession, safeNext, signIn } from '../lib/staff-session.server.ts'
import { useT } from '../lib/use-t.ts'

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const url = new URL(request.url)
  const session = await readStaffSession(request, context)
  if (session.ok) throw redirect(safeNext(url.searchParams.get('next')))
  return { force: context.site.tenant.name, expired: url.searchParams.get('expired') === '1', next: safeNext(url.searchParams.get('next')) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const form = await request.formData()
  await requireCsrf(request, form)
  const email = String(form.get('email') ?? '').trim().slice(0, 254)
  const password = String(form.get('password') ?? '').slice(0, 1024)
  const errors: { email?: string; password?: string } = {}
  if (!email) errors.email = 'staff.emailMissing'
  if (!password) errors.password = 'staff.passwordMissing'
  if (errors.email || errors.password) return data({ kind: 'invalid' as const, errors, email }, { status: 400 })
  const result = await signIn(request, context, email, password)
  if (result.kind === 'signed-in') throw redirect(safeNext(form.get('next')), { headers: { 'Set-Cookie': result.cookie } })
  if (result.kind === 'locked') return data({ kind: 'locked' as const, minutes: result.minutes, email }, { status: 429 })
  return data({ kind: 'failed' as const, email }, { status: 401 })
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === 'root')?.data as { tenant?: { name: string } } | undefined
  return [{ title: `Sign in to the back office – ${root?.tenant?.name ?? 'bluelamp'}` }, { name: 'robots', content: 'noindex' }]
}

export default function StaffSignIn() {
  const t = useT()
  const { force, expired, next } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.kind === 'invalid' ? result.errors : {}
  const summary = [
    ...(errors.email ? [{ href: '#email', text: t(errors.email) }] : []),
    ...(errors.password ? [{ href: '#password', text: t(errors.password) }] : []),
    ...(result?.kind === 'failed' ? [{ href: '#email', text: t('staff.wrongCredentials') }] : []),
    ...(result?.kind === 'locked' ? [{ href: '#email', text: t('staff.locked', { minutes: result.minutes }) }] : []),
  ]
  return (
    <div className="max-w-2xl">
      {summary.length > 0 ? <ErrorSummary title={t('staff.errorSummaryTitle')} errors={summary} /> : null}
      {expired && !result ? <NotificationBanner title={t('staff.title')}>{t('staff.sessionExpired')}</NotificationBanner> : null}
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('staff.signInTitle')}</h1>
      <p className="mb-6 text-lg">{t('staff.signInIntro', { force })}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="next" value={next} />
        <FormField id="email" label={t('staff.emailLabel')} error={errors.email ? t(errors.email) : undefined}>
          <TextInput name="email" type="email" autoComplete="username" spellCheck={false} defaultValue={result?.email ?? ''} />
        </FormField>
        <FormField id="password" label={t('staff.passwordLabel')} error={errors.password ? t(errors.password) : undefined}>
          <TextInput name="password" type="password" autoComplete="current-password" />
        </FormField>
        <Button type="submit">{t('staff.signIn')}</Button>
      </Form>
    </div>
  )
}
