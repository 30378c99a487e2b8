import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { journeyMeta } from '../components/journey/meta.ts'
import { contactLoader } from '../lib/content/content.server.ts'
import { ContactPage } from '../components/content-pages.tsx'

export const loader = contactLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  journeyMeta(matches, [(t) => data?.title ?? t('content.contact.title', { force: data?.forceName ?? '' })], (t) => data?.summary ?? t('content.contact.intro'))

export default function Contact() {
  return <ContactPage data={useLoaderData<typeof loader>()} />
}
