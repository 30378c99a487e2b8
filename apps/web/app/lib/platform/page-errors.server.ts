import type { AppLoadContext } from '@remix-run/node'

/**
 * Says that the page this action draws shows errors. Remix runs the loaders after the action with the same load
 * context, so the root loader passes it on and the page's title starts with "Error: " (in Welsh "Gwall: "), the
 * first thing a screen reader says of the page (GOV.UK's pattern). Call it wherever an action returns errors.
 */
export function pageShowsErrors<T>(context: Pick<AppLoadContext, 'pageErrors'>, response: T): T {
  context.pageErrors = true
  return response
}
