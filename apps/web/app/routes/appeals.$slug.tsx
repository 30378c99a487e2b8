import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { journeyMeta } from '../components/journey/meta.ts'
import { appealLoader } from '../lib/content/content.server.ts'
import { AppealPage } from '../components/content-pages.tsx'

export const loader = appealLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => journeyMeta(matches, [data?.title, (t) => t('content.appeals.title')], () => data?.summary ?? '')

export default function Appeal() {
  return <AppealPage data={useLoaderData<typeof loader>()} />
}
