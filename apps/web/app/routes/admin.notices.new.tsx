// Publish a national notice (national host only).
import type { MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { newNoticeAction, newNoticeLoader } from '../lib/content/notice-admin.server.ts'
import { NationalFrame } from '../components/national/national-frame.tsx'
import { NoticeForm } from '../components/national/notice-form.tsx'
import { rootLocale, titleWithErrors } from '../components/journey/meta.ts'
import { translator } from '../i18n/i18n.ts'

export const loader = newNoticeLoader
export const action = newNoticeAction

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(rootLocale(matches))
  return [{ title: titleWithErrors(matches, `${t('notices.admin.newTitle')} – ${t('notices.admin.navLabel')}`) }, { name: 'robots', content: 'noindex' }]
}

export default function NewNotice() {
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <NationalFrame name={loaded.user.name}>
      <NoticeForm mode="new" values={result?.values ?? loaded.values} errors={result?.errors ?? {}} forces={loaded.forces} services={loaded.services} />
    </NationalFrame>
  )
}
