import type { ActionFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { signOut } from '../lib/staff/session.server.ts'

export async function loader() {
  throw redirect('/staff')
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const form = await request.formData()
  await requireCsrf(request, form)
  const cookie = await signOut(request, context)
  throw redirect('/staff', { headers: { 'Set-Cookie': cookie } })
}
