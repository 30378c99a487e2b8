import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { readStaffSession, safeNext, signIn, signInSchema, staffHome } from '../lib/staff/session.server.ts'
import { parseForm } from '../lib/security/parse-form.server.ts'
import { pageShowsErrors } from '../lib/platform/page-errors.server.ts'
import { rootLocale, titleWithErrors } from '../components/journey/meta.ts'
import { translator } from '../i18n/i18n.ts'
import { carriedFrom } from '../lib/staff/carry.ts'
import { CarriedForm } from '../components/staff/carried.tsx'
import { SignInForm } from '../components/staff/sign-in-form.tsx'

// The 429 for too many attempts from one address says when to try again.
export { retryAfterHeaders as headers } from '../lib/platform/headers.ts'

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const url = new URL(request.url)
  const session = await readStaffSession(request, context)
  // Signed in already: where the address said, else where this member of staff starts (an editor: the content).
  if (session.ok) throw redirect(safeNext(url.searchParams.get('next'), staffHome(session.user)))
  return { force: context.site.tenant.name, expired: url.searchParams.get('expired') === '1', next: safeNext(url.searchParams.get('next'), '') }
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const form = await request.formData()
  await requireCsrf(request, form)
  // What was typed on a report page when the session ran out, carried through signing in (app/lib/staff/carry.ts).
  const carried = carriedFrom(form, 'carry-')
  // Where to go after signing in, as posted: a failed attempt's page must keep it (its own address has none).
  const next = safeNext(form.get('next'), '')
  const parsed = parseForm(form, signInSchema)
  if (!parsed.ok) {
    // The email typed comes back; the password never does.
    const errors: { email?: string; password?: string } = parsed.errors
    return pageShowsErrors(context, data({ kind: 'invalid' as const, errors, email: parsed.values.email ?? '', carried, next }, { status: 400 }))
  }
  const { email, password } = parsed.data
  const result = await signIn(request, context, email, password)
  if (result.kind === 'signed-in') {
    // Signed in again with something typed: show it to check and save, rather than going back without it.
    if (carried.intent) return data({ kind: 'signed-in-again' as const, next: next || staffHome(result.user), carried, email }, { headers: { 'Set-Cookie': result.cookie } })
    throw redirect(next || staffHome(result.user), { headers: { 'Set-Cookie': result.cookie } })
  }
  if (result.kind === 'throttled') {
    // Its error summary says when to try again, so its title starts with "Error: " like every page that shows one.
    return pageShowsErrors(
      context,
      data(
        { kind: 'throttled' as const, minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)), email, carried, next },
        { status: 429, headers: { 'Retry-After': String(result.retryAfterSeconds) } },
      ),
    )
  }
  return pageShowsErrors(context, data({ kind: 'failed' as const, email, carried, next }, { status: 401 }))
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === 'root')?.data as { tenant?: { name: string } } | undefined
  const t = translator(rootLocale(matches))
  return [{ title: titleWithErrors(matches, `${t('staff.signInTitle')} – ${root?.tenant?.name ?? 'bluelamp'}`) }, { name: 'robots', content: 'noindex' }]
}

export default function StaffSignIn() {
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  if (result?.kind === 'signed-in-again') return <CarriedForm next={result.next} carried={result.carried} />
  return <SignInForm {...loaded} next={result?.next ?? loaded.next} result={result} />
}
