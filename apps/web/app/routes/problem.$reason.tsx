import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ProblemPage } from '../components/problem-page.tsx'
import { PROBLEM_STATUS } from '../lib/site/problem.ts'
import { useLocale } from '../lib/site/use-t.ts'
import { translator, type MessageKey } from '../i18n/i18n.ts'
import { descriptionMeta, rootLocale } from '../components/journey/meta.ts'

// The server re-dispatches a request it refuses here (server/request-guard.ts: a body it cannot read, a method or
// kind of content the page does not take, a form posted from another site; server/remix-handler.ts: the database could not answer), so the page has
// the force's frame and the person's language. Nothing here touches the database: it must draw while it is down.
const REASONS = ['bad-request', 'method', 'content-type', 'unavailable', 'csrf'] as const
type Reason = (typeof REASONS)[number]

const TITLE: Record<Reason, MessageKey> = {
  'bad-request': 'security.badRequestTitle',
  method: 'security.methodTitle',
  'content-type': 'security.contentTypeTitle',
  unavailable: 'security.unavailableTitle',
  csrf: 'security.csrfTitle',
}

export function loader({ params }: LoaderFunctionArgs) {
  const reason = REASONS.find((r) => r === params.reason)
  if (!reason) throw data(null, { status: 404 })
  return data({ reason }, { status: PROBLEM_STATUS[reason], headers: { 'Cache-Control': 'no-store' } })
}

export const meta: MetaFunction<typeof loader> = ({ data: page, matches }) => {
  const t = translator(rootLocale(matches))
  return [
    { title: t(TITLE[page?.reason ?? 'bad-request']) },
    { name: 'robots', content: 'noindex' },
    ...descriptionMeta(matches, (tr, { force }) => tr('meta.error', { site: force })),
  ]
}

export default function Problem() {
  const { reason } = useLoaderData<typeof loader>()
  const locale = useLocale()
  return <ProblemPage problem={{ reason, locale }} />
}
