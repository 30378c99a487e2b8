import type { LoaderFunctionArgs } from '@remix-run/node'
import { localeFor, tenantName } from './locale.server.ts'
import { sharePage } from '../platform/shared-page.server.ts'

/** What the accessibility, privacy and cookies pages need: the site's name and numbers, in the person's language. */
export async function infoPageLoader({ request, context }: LoaderFunctionArgs) {
  sharePage(context)
  const { site } = context
  const locale = await localeFor(request, site)
  if (site.kind === 'tenant') {
    const { tenant } = site
    return {
      site: tenantName(tenant, locale),
      number: tenant.contact.nonEmergency,
      textphone: tenant.contact.textphone,
    }
  }
  return { site: 'bluelamp', number: '101', textphone: '18001 101' }
}
