import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { journeyMeta } from '../components/journey/meta.ts'
import { advicePageLoader } from '../lib/content/content.server.ts'
import { AdvicePage } from '../components/content-pages.tsx'

export const loader = advicePageLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => journeyMeta(matches, [data?.title, (t) => t('content.advice.title')], () => data?.summary ?? '')

export default function AdvicePageRoute() {
  return <AdvicePage data={useLoaderData<typeof loader>()} />
}
