import { useRouteLoaderData } from '@remix-run/react'
import { ErrorSummary, type ErrorSummaryProps } from '@bluelamp/ui'

/**
 * The error summary with the page's CSP nonce, so its small inline script moves focus to it and keeps each field's
 * question in view on pages that ship no React.
 */
export function PageErrorSummary(props: Omit<ErrorSummaryProps, 'nonce'>) {
  const root = useRouteLoaderData('root') as { cspNonce?: string } | undefined
  return <ErrorSummary nonce={root?.cspNonce ?? ''} {...props} />
}
