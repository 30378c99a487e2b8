import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { isLocale } from '../i18n/i18n.ts'
import { languageCookie, localesFor, safeReturnTo } from '../lib/site/locale.server.ts'

/** GET /language?to=cy&returnTo=/services: a plain link, so switching language works without JavaScript. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const to = url.searchParams.get('to')
  const returnTo = safeReturnTo(url.searchParams.get('returnTo'))
  if (!isLocale(to) || !localesFor(context.site).includes(to)) return redirect(returnTo)
  return redirect(returnTo, { headers: { 'Set-Cookie': await languageCookie.serialize(to) } })
}
