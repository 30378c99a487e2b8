import type { LoaderFunctionArgs } from '@remix-run/node'
import { readStaffSession } from '../lib/staff/session.server.ts'

/**
 * GET /staff/session: "Stay signed in" from the session warning. Reading a live session moves its last-seen time on,
 * which is what keeps it from timing out; the answer says whether it is still live. It never redirects, so the
 * warning's script can tell the member when the session has already ended.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const session = await readStaffSession(request, context)
  return Response.json({ signedIn: session.ok }, { status: session.ok ? 200 : 401, headers: { 'Cache-Control': 'no-store' } })
}
