import type { HeadersFunction } from '@remix-run/node'

/**
 * Remix sends a route's own headers only through a `headers` export. A page that says "wait, then try again" (429
 * after too many attempts, 503) must also say how long in Retry-After (RFC 9110 §10.2.3), whether its data was thrown
 * (errorHeaders, drawn by the root's error boundary) or returned by an action or loader.
 */
export const retryAfterHeaders: HeadersFunction = ({ errorHeaders, actionHeaders, loaderHeaders, parentHeaders }) => {
  const headers = new Headers()
  const retryAfter = errorHeaders?.get('Retry-After') ?? actionHeaders.get('Retry-After') ?? loaderHeaders.get('Retry-After') ?? parentHeaders.get('Retry-After')
  if (retryAfter) headers.set('Retry-After', retryAfter)
  return headers
}
