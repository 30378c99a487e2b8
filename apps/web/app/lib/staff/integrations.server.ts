// The admin screen for a force's API keys and push endpoint (/staff/integrations). Each action is checked on the
// server (integrations-schema.ts), runs under the admin's force (the data functions take it first and run under
// row-level security), is audited without its secret, and ends in a redirect to the page (POST, redirect, GET); a
// new key or signing secret travels to that one GET in the one-time cookie (once.server.ts).
import type { AppLoadContext } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { newEndpointSecret } from '@bluelamp/db'
import { apiKeyNameSchema, endpointUrlSchema, fieldErrors } from './integrations-schema.ts'
import { checkEndpoint, outboundPolicy } from '../platform/outbound.server.ts'
import { audit } from './audit.server.ts'
import { staffData } from './data.server.ts'
import { oneTimeCookie, type OneTime } from './once.server.ts'
import type { StaffUser } from './session.server.ts'

export const INTEGRATIONS_PATH = '/staff/integrations'

export type IntegrationFailure = { ok: false; intent: string; errors: Record<string, string>; values: Record<string, string> }

type Context = Pick<AppLoadContext, 'services' | 'clientIp'>

/** http://localhost… receivers are for trying things out: outside production only. */
export function allowLocalHttp(context: Pick<AppLoadContext, 'services'>): boolean {
  return context.services.env.NODE_ENV !== 'production'
}

function field(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value.slice(0, 4000) : ''
}

async function done(context: Context, user: StaffUser, payload: OneTime): Promise<never> {
  throw redirect(INTEGRATIONS_PATH, { headers: { 'Set-Cookie': await oneTimeCookie(context, user, INTEGRATIONS_PATH, payload) } })
}

/** Runs one intent; returns what to show again on bad input, otherwise redirects (or throws 404/400). */
export async function runIntegrationAction(request: Request, context: Context, user: StaffUser, form: FormData): Promise<IntegrationFailure> {
  const data = staffData(context.services.database)
  const tenantId = user.tenantId
  const intent = field(form, 'intent')
  const record = (action: string, target: { type: string; id: string }, detail: Record<string, unknown> = {}, outcome: 'ok' | 'denied' = 'ok') =>
    audit(context, request, tenantId, user.actor, { action, targetType: target.type, targetId: target.id.slice(0, 64), detail, outcome })
  const notFound = async (action: string, target: { type: string; id: string }): Promise<never> => {
    await record(action, target, {}, 'denied')
    throw new Response('Not found', { status: 404 })
  }
  const endpointTarget = { type: 'endpoint', id: tenantId }

  if (intent === 'create-key') {
    const parsed = apiKeyNameSchema.safeParse({ name: field(form, 'name') })
    if (!parsed.success) return { ok: false, intent, errors: fieldErrors(parsed.error), values: { name: field(form, 'name').slice(0, 200) } }
    const { id, key } = await data.createApiKey(tenantId, parsed.data.name)
    await record('api-key.create', { type: 'api-key', id }, { name: parsed.data.name, prefix: key.slice(0, 10) })
    return done(context, user, { message: 'staff.keyCreated', vars: { name: parsed.data.name }, secret: { kind: 'api-key', value: key } })
  }

  if (intent === 'revoke-key') {
    const id = field(form, 'keyId')
    const name = (await data.listApiKeys(tenantId)).find((k) => k.id === id && !k.revokedAt)?.name
    if (!name || !(await data.revokeApiKey(tenantId, id))) return notFound('api-key.revoke', { type: 'api-key', id })
    await record('api-key.revoke', { type: 'api-key', id }, { name })
    return done(context, user, { message: 'staff.keyRevoked', vars: { name } })
  }

  if (intent === 'add-endpoint' || intent === 'change-endpoint') {
    const url = field(form, 'url')
    const parsed = endpointUrlSchema({ allowLocalHttp: allowLocalHttp(context) }).safeParse({ url })
    if (!parsed.success) return { ok: false, intent, errors: fieldErrors(parsed.error), values: { url: url.slice(0, 2100) } }
    // Where the name leads now: a name that resolves to this machine, a private network or a metadata service is
    // refused here (and every delivery checks again, so a name pointed there later is refused then). A name that does
    // not resolve yet is accepted: there is nothing it could reach, and deliveries wait until it does.
    const where = await checkEndpoint(new URL(parsed.data.url), outboundPolicy(context.services.env, tenantId, context.services.lookup))
    if (!where.ok && where.reason === 'refused') {
      await record(`${intent === 'add-endpoint' ? 'endpoint.add' : 'endpoint.change'}`, endpointTarget, { url: parsed.data.url, refused: where.range }, 'denied')
      return { ok: false, intent, errors: { url: 'staff.endpointUrlRefused' }, values: { url } }
    }
    if (intent === 'add-endpoint') {
      const secret = newEndpointSecret()
      if (!(await data.addBackofficeEndpoint(tenantId, parsed.data.url, secret))) {
        return { ok: false, intent, errors: { url: 'staff.endpointExists' }, values: { url } }
      }
      await record('endpoint.add', endpointTarget, { url: parsed.data.url })
      return done(context, user, { message: 'staff.endpointAdded', secret: { kind: 'endpoint', value: secret } })
    }
    const before = await data.getEndpointOverview(tenantId)
    if (!before.endpoint || !(await data.updateBackofficeEndpoint(tenantId, { url: parsed.data.url }))) return notFound('endpoint.change', endpointTarget)
    await record('endpoint.change', endpointTarget, { from: before.endpoint.url, to: parsed.data.url })
    return done(context, user, { message: 'staff.endpointChanged' })
  }

  if (intent === 'disable-endpoint' || intent === 'enable-endpoint') {
    const enabled = intent === 'enable-endpoint'
    const action = enabled ? 'endpoint.enable' : 'endpoint.disable'
    if (!(await data.updateBackofficeEndpoint(tenantId, { enabled }))) return notFound(action, endpointTarget)
    await record(action, endpointTarget)
    return done(context, user, { message: enabled ? 'staff.endpointEnabled' : 'staff.endpointDisabled' })
  }

  if (intent === 'rotate-endpoint') {
    const secret = newEndpointSecret()
    if (!(await data.updateBackofficeEndpoint(tenantId, { secret }))) return notFound('endpoint.rotate', endpointTarget)
    await record('endpoint.rotate', endpointTarget)
    return done(context, user, { message: 'staff.endpointRotated', secret: { kind: 'endpoint', value: secret } })
  }

  if (intent === 'remove-endpoint') {
    const before = await data.getEndpointOverview(tenantId)
    if (!before.endpoint || !(await data.removeBackofficeEndpoint(tenantId))) return notFound('endpoint.remove', endpointTarget)
    await record('endpoint.remove', endpointTarget, { url: before.endpoint.url })
    return done(context, user, { message: 'staff.endpointRemoved' })
  }

  throw new Response('Unknown action', { status: 400 })
}
