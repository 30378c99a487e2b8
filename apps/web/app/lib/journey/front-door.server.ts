// The front door, "Report something" (/report): one question, then a 303 to the service's start page, a page about
// another agency, a 999 page or the full list. What each answer means is @bluelamp/triage's (front-door.ts); this
// file reads the form, checks the answer against the choices this force shows, and draws the pages.
import { data, redirect, type ActionFunctionArgs, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node'
import type { Tenant } from '@bluelamp/tenants'
import { frontDoorAgency, frontDoorChoices, frontDoorEmergency, resolveFrontDoor, type FrontDoorTarget } from '@bluelamp/triage'
import { translator, type Locale } from '../../i18n/i18n.ts'
import { requireCsrf } from '../security/csrf.server.ts'
import { requireTenant, servicesFor } from './journey.server.ts'
import { agencyView } from './view.server.ts'
import { localeFor, tenantName } from '../site/locale.server.ts'
import { pageShowsErrors } from '../platform/page-errors.server.ts'
import { sharePage } from '../platform/shared-page.server.ts'
import { EMERGENCY_PATH, FRONT_DOOR_FIELD, FRONT_DOOR_PATH } from './front-door.ts'

/** Whether this force offers a service: a choice whose service is switched off is neither shown nor accepted. */
function offeredBy(tenant: Tenant): (serviceId: string) => boolean {
  const offered = new Set(servicesFor(tenant).map((s) => s.id))
  return (serviceId) => offered.has(serviceId)
}

/** Where a target lives on this site. */
export function targetHref(to: FrontDoorTarget): string {
  switch (to.kind) {
    case 'service':
      return `/services/${encodeURIComponent(to.serviceId)}`
    case 'agency':
      return `${FRONT_DOOR_PATH}/agency/${encodeURIComponent(to.agencyId)}`
    case 'emergency':
      return to.emergency === 'danger' ? EMERGENCY_PATH : `${EMERGENCY_PATH}?about=${encodeURIComponent(to.emergency)}`
    case 'all-services':
      return '/services'
  }
}

function questionPage(tenant: Tenant, locale: Locale, error: string | null) {
  return {
    choices: frontDoorChoices(offeredBy(tenant)).map((c) => ({ value: c.id, label: c.label[locale], hint: c.hint?.[locale] })),
    error,
  }
}

export type FrontDoorPageData = ReturnType<typeof questionPage>

/** GET /report: the question, the same for everyone on this force's site in this language. */
export async function frontDoorLoader({ request, context }: LoaderFunctionArgs) {
  const tenant = requireTenant(context)
  sharePage(context)
  return questionPage(tenant, await localeFor(request, context.site), null)
}

/**
 * POST /report: the answer is checked here, never trusted from the browser. Nothing chosen, or a value that is not
 * one of this force's choices (made up, or a service it has switched off), draws the question again with the error;
 * anything else is a 303 to where the choice goes. Nothing is stored.
 */
export async function frontDoorAction({ request, context }: ActionFunctionArgs) {
  const tenant = requireTenant(context)
  const form = await request.formData()
  await requireCsrf(request, form)
  // A radio sends one value: two or more is a made-up form, not a choice.
  const given = form.getAll(FRONT_DOOR_FIELD)
  const to = given.length === 1 ? resolveFrontDoor(given[0], offeredBy(tenant)) : undefined
  if (to) return redirect(targetHref(to), { status: 303, headers: { 'Cache-Control': 'no-store' } })
  const locale = await localeFor(request, context.site)
  const page = questionPage(tenant, locale, translator(locale)('frontDoor.required'))
  return pageShowsErrors(context, data(page, { status: 400, headers: { 'Cache-Control': 'no-store' } }))
}

async function frame(request: Request, context: AppLoadContext) {
  const tenant = requireTenant(context)
  const locale = await localeFor(request, context.site)
  return { tenant, locale, forceName: tenantName(tenant, locale), nonEmergency: tenant.contact.nonEmergency }
}

const notFound = () => data({ reason: 'not-found' }, { status: 404 })

/** GET /report/agency/<id>: the agency, why it is the right place and how to reach it; 404 for any other id. */
export async function frontDoorAgencyLoader({ request, context, params }: LoaderFunctionArgs) {
  const page = frontDoorAgency(params.agencyId)
  if (!page) throw notFound()
  const { locale, forceName, nonEmergency } = await frame(request, context)
  sharePage(context)
  return { agency: agencyView(page.agency, locale), why: page.why[locale], forceName, nonEmergency }
}

/**
 * GET /report/emergency (someone in danger, a crime happening now) and /report/emergency?about=suicide (with
 * Samaritans beside the call). Any other `about` goes to the plain 999 page: never a dead end on the way to 999.
 */
export async function frontDoorEmergencyLoader({ request, context }: LoaderFunctionArgs) {
  const { locale } = await frame(request, context)
  const about = new URL(request.url).searchParams.get('about')
  const emergency = frontDoorEmergency(about ?? 'danger')
  if (!emergency) throw redirect(EMERGENCY_PATH, { headers: { 'Cache-Control': 'no-store' } })
  sharePage(context)
  return {
    outcome: {
      reason: emergency.reason[locale],
      ...(emergency.advice ? { advice: emergency.advice[locale] } : {}),
      links: emergency.links.map((l) => ({ text: l.text[locale], url: l.url })),
    },
  }
}
