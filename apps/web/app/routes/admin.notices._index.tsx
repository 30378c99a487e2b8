// The national team's notices: every one, its forces, when it shows and its status; change it or end it now.
import type { MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { Button, NotificationBanner, Table, Tag } from '@bluelamp/ui'
import { noticeListAction, noticeListLoader } from '../lib/content/notice-admin.server.ts'
import { CsrfInput } from '../components/csrf-input.tsx'
import { NationalFrame } from '../components/national/national-frame.tsx'
import { rootLocale } from '../components/journey/meta.ts'
import { translator, type MessageKey } from '../i18n/i18n.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = noticeListLoader
export const action = noticeListAction

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(rootLocale(matches))
  return [{ title: `${t('notices.admin.listTitle')} – ${t('notices.admin.navLabel')}` }, { name: 'robots', content: 'noindex' }]
}

const STATUS: Record<string, { key: MessageKey; status: 'success' | 'active' | 'muted' }> = {
  showing: { key: 'notices.admin.statusShowing', status: 'success' },
  scheduled: { key: 'notices.admin.statusScheduled', status: 'active' },
  ended: { key: 'notices.admin.statusEnded', status: 'muted' },
}

const DONE: Record<string, MessageKey> = {
  published: 'notices.admin.published',
  changed: 'notices.admin.changed',
  ended: 'notices.admin.ended',
  'not-ended': 'notices.admin.notEnded',
}

export default function NoticeList() {
  const { user, notices, done } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <NationalFrame name={user.name}>
      {done ? (
        <NotificationBanner title={done === 'not-ended' ? t('notices.label') : t('notices.admin.success')} type={done === 'not-ended' ? 'information' : 'success'}>
          <p>{t(DONE[done]!)}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">{t('notices.admin.listTitle')}</h1>
      <p className="mb-6 max-w-2xl text-lg">{t('notices.admin.listIntro')}</p>
      <p className="mb-8">
        <Button asChild>
          <a href="/admin/notices/new" draggable={false}>
            {t('notices.admin.newNotice')}
          </a>
        </Button>
      </p>
      {notices.length === 0 ? (
        <p className="text-lg">{t('notices.admin.empty')}</p>
      ) : (
        <Table
          caption={t('notices.admin.listTitle')}
          captionSize="s"
          columns={[{ header: t('notices.admin.colNotice') }, { header: t('notices.admin.colForces') }, { header: t('notices.admin.colWhen') }, { header: t('notices.admin.colStatus') }, { header: t('notices.admin.colActions') }]}
          rows={notices.map((n) => [
            <span key="title" className="font-bold" data-notice-row={n.id}>
              {n.title}
            </span>,
            n.forces === null ? t('notices.admin.allForces') : n.forces.join(', '),
            t('notices.admin.when', { start: n.start, end: n.end }),
            <Tag key="status" status={STATUS[n.status]!.status}>
              {t(STATUS[n.status]!.key)}
            </Tag>,
            n.status === 'ended' ? (
              ''
            ) : (
              <div key="actions" className="flex flex-wrap items-center gap-4">
                <a href={`/admin/notices/${n.id}`} className="text-link underline" aria-label={t('notices.admin.editNamed', { title: n.title })}>
                  {t('notices.admin.edit')}
                </a>
                <Form method="post" className="inline">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="end" />
                  <input type="hidden" name="id" value={n.id} />
                  <Button type="submit" variant="warning" className="mb-0" aria-label={t('notices.admin.endNowNamed', { title: n.title })}>
                    {t('notices.admin.endNow')}
                  </Button>
                </Form>
              </div>
            ),
          ])}
        />
      )}
    </NationalFrame>
  )
}
