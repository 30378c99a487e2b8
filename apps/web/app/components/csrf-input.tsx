import { useRouteLoaderData } from '@remix-run/react'

/** The form's CSRF token (from the root loader). Put it first in every POST form, before any file input. */
export function CsrfInput() {
  const root = useRouteLoaderData('root') as { csrf?: string } | undefined
  return <input type="hidden" name="csrf" value={root?.csrf ?? ''} />
}
