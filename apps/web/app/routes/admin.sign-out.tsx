import type { ActionFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { nationalScopeOf, signOut } from '../lib/staff/session.server.ts'

export async function loader() {
  throw redirect('/admin')
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = nationalScopeOf(context)
  const form = await request.formData()
  await requireCsrf(request, form)
  const cookie = await signOut(request, context, scope)
  throw redirect('/admin', { headers: { 'Set-Cookie': cookie } })
}
