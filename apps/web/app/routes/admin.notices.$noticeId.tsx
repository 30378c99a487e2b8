// Change a national notice (national host only).
import type { MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { editNoticeAction, editNoticeLoader } from '../lib/content/notice-admin.server.ts'
import { NationalFrame } from '../components/national/national-frame.tsx'
import { NoticeForm } from '../components/national/notice-form.tsx'
import { rootLocale, titleWithErrors } from '../components/journey/meta.ts'
import { translator } from '../i18n/i18n.ts'

export const loader = editNoticeLoader
export const action = editNoticeAction

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(rootLocale(matches))
  return [{ title: titleWithErrors(matches, `${t('notices.admin.editTitle')} – ${t('notices.admin.navLabel')}`) }, { name: 'robots', content: 'noindex' }]
}

export default function EditNotice() {
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <NationalFrame name={loaded.user.name}>
      <NoticeForm mode="edit" values={result?.values ?? loaded.values} errors={result?.errors ?? {}} forces={loaded.forces} services={loaded.services} />
    </NationalFrame>
  )
}
