import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { journeyMeta } from '../components/journey/meta.ts'
import { areaPageLoader } from '../lib/content/content.server.ts'
import { AreaPage } from '../components/content-pages.tsx'

export const loader = areaPageLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => journeyMeta(matches, [data?.title, (t) => t('content.area.title')], () => data?.summary ?? '')

export default function AreaPageRoute() {
  return <AreaPage data={useLoaderData<typeof loader>()} />
}
