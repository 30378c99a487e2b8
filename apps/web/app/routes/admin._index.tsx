// The national back office's sign-in, on the national host only (docs/decisions/023).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { nationalScopeOf, readStaffSession, safeNationalNext, signIn, signInSchema } from '../lib/staff/session.server.ts'
import { parseForm } from '../lib/security/parse-form.server.ts'
import { pageShowsErrors } from '../lib/platform/page-errors.server.ts'
import { rootLocale, titleWithErrors } from '../components/journey/meta.ts'
import { translator } from '../i18n/i18n.ts'
import { SignInForm } from '../components/staff/sign-in-form.tsx'
import { useT } from '../lib/site/use-t.ts'

export { retryAfterHeaders as headers } from '../lib/platform/headers.ts'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = nationalScopeOf(context)
  const url = new URL(request.url)
  const session = await readStaffSession(request, context, new Date(), scope)
  if (session.ok) throw redirect(safeNationalNext(url.searchParams.get('next')))
  return { expired: url.searchParams.get('expired') === '1', next: safeNationalNext(url.searchParams.get('next')) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = nationalScopeOf(context)
  const form = await request.formData()
  await requireCsrf(request, form)
  const next = safeNationalNext(form.get('next'))
  const parsed = parseForm(form, signInSchema)
  if (!parsed.ok) {
    const errors: { email?: string; password?: string } = parsed.errors
    return pageShowsErrors(context, data({ kind: 'invalid' as const, errors, email: parsed.values.email ?? '', next }, { status: 400 }))
  }
  const { email, password } = parsed.data
  const result = await signIn(request, context, email, password, new Date(), scope)
  if (result.kind === 'signed-in') throw redirect(next, { headers: { 'Set-Cookie': result.cookie } })
  if (result.kind === 'throttled') {
    return data({ kind: 'throttled' as const, minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)), email, next }, { status: 429, headers: { 'Retry-After': String(result.retryAfterSeconds) } })
  }
  return pageShowsErrors(context, data({ kind: 'failed' as const, email, next }, { status: 401 }))
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(rootLocale(matches))
  return [{ title: titleWithErrors(matches, `${t('staff.signInTitle')} – ${t('notices.admin.navLabel')}`) }, { name: 'robots', content: 'noindex' }]
}

export default function NationalSignIn() {
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return <SignInForm force={t('notices.admin.team')} expired={loaded.expired} next={result?.next ?? loaded.next} result={result} action="/admin?index" />
}
