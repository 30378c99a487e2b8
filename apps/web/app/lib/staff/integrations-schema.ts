// What an admin may type on /staff/integrations (API key names, push endpoint addresses). No framework imports, so
// the same schemas can check the form in the browser should the page ever be enhanced; the server always checks.
// Messages are catalogue keys (staff.*). See docs/decisions/009-back-office-and-delivery.md.
import { z } from 'zod'

export const MAX_KEY_NAME = 60
export const MAX_ENDPOINT_URL = 2000

// Letters, numbers, spaces and everyday punctuation: the name is shown in lists and the audit log.
const KEY_NAME = /^[\p{L}\p{N} .,:;()'’&/_+-]+$/u

export const apiKeyNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'staff.keyNameMissing')
    .max(MAX_KEY_NAME, 'staff.keyNameTooLong')
    .regex(KEY_NAME, 'staff.keyNameInvalid'),
})

/** `localhost`, `*.localhost` and loopback addresses: this machine. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]'
}

/**
 * Addresses a production server must never post reports to, told from the text alone: this machine, link-local
 * addresses (where cloud metadata services live) and the unspecified address. The full check, of every address the
 * name resolves to and of private networks (open only where the operator lists a force's own), is made on the server
 * when the address is saved and again at each delivery (outbound.server.ts).
 */
export function isForbiddenHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  if (isLocalHost(host)) return true
  if (/^0(\.\d{1,3}){3}$/.test(host) || /^169\.254(\.\d{1,3}){2}$/.test(host)) return true
  // IPv6 (the URL parser writes IPv4-mapped addresses in hex): unspecified, link-local, mapped 127/8, 169.254/16, 0/8.
  if (host.startsWith('[')) return host === '[::]' || /^\[fe[89ab]/.test(host) || /^\[::ffff:(7f[0-9a-f]{2}|a9fe|[0-9a-f]{1,2}):/.test(host)
  return false
}

/**
 * A push endpoint's address: https, no user name or password (deliveries are signed instead), no fragment.
 * `allowLocalHttp` (outside production only) also admits http://localhost… so a receiver on a developer's machine
 * can be tried; in production this machine and link-local addresses are refused even over https.
 */
export function endpointUrlSchema(options: { allowLocalHttp: boolean }) {
  return z.object({
    url: z
      .string()
      .trim()
      .min(1, 'staff.endpointUrlMissing')
      .max(MAX_ENDPOINT_URL, 'staff.endpointUrlTooLong')
      .superRefine((value, ctx) => {
        let url: URL
        try {
          url = new URL(value)
        } catch {
          ctx.addIssue({ code: 'custom', message: 'staff.endpointUrlInvalid' })
          return
        }
        const local = isLocalHost(url.hostname)
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && options.allowLocalHttp && local)) {
          ctx.addIssue({ code: 'custom', message: url.protocol === 'http:' || url.protocol === 'https:' ? 'staff.endpointUrlHttps' : 'staff.endpointUrlInvalid' })
        } else if (url.username || url.password) {
          ctx.addIssue({ code: 'custom', message: 'staff.endpointUrlCredentials' })
        } else if (url.hash || value.includes('#')) {
          ctx.addIssue({ code: 'custom', message: 'staff.endpointUrlFragment' })
        } else if (!options.allowLocalHttp && isForbiddenHost(url.hostname)) {
          ctx.addIssue({ code: 'custom', message: 'staff.endpointUrlLocal' })
        }
      }),
  })
}

/** The first message for each field, as the error summary and the fields show them. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return errors
}
