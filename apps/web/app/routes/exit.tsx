import type { LoaderFunctionArgs } from '@remix-run/node'
import { services } from '@bluelamp/triage'
import { clearDraftCookie } from '../lib/journey/journey.server.ts'

/** Where quick exit leaves to: a site that says nothing about what the person was reading. */
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather'

/**
 * GET /exit: quick exit's destination on every page that carries it. This browser forgets its drafts of the
 * sensitive services (each lives in a cookie scoped to its service's pages, which this route cannot read, so each is
 * cleared by name and path), so a shared device does not greet the next person with "You have a report you have not
 * finished". The draft itself is kept until it expires, for an emailed resume link. Then the browser is sent to the
 * neutral site without a referrer, so that site never learns where the person came from.
 *
 * A GET, so it works as a plain link without JavaScript (with it, the page's script goes here with
 * location.replace). Another site could send a browser here too; all it can do is make it forget those drafts.
 */
export async function loader({ context }: LoaderFunctionArgs) {
  const headers = new Headers({ Location: NEUTRAL_SITE, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
  for (const service of services.filter((s) => s.quickExit)) {
    headers.append('Set-Cookie', await clearDraftCookie({ service, env: context.env }))
  }
  return new Response(null, { status: 303, headers })
}
