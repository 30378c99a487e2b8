import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, NotificationBanner, Table, Tag } from '@bluelamp/ui'
import { CsrfInput } from '../components/csrf-input.tsx'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { ContentForm, editorFormProps } from '../components/staff/content-form.tsx'
import { KIND_KEYS, STATE_TAGS } from '../components/staff/content-labels.ts'
import { StaffFrame } from '../components/staff/staff-frame.tsx'
import { staffMeta } from '../components/journey/meta.ts'
import type { MessageKey } from '../i18n/i18n.ts'
import { editorTime, formChoices, formValuesOf, historyOf, loadForEditor, saveFromEditor, stateKey, stateOf, unpublishFromEditor } from '../lib/content/editor.server.ts'
import { contentPath } from '@bluelamp/content'
import { pageShowsErrors } from '../lib/platform/page-errors.server.ts'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { localeFor } from '../lib/site/locale.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { useT } from '../lib/site/use-t.ts'

const DONE: Record<string, MessageKey> = {
  created: 'editor.done.created',
  saved: 'editor.done.saved',
  published: 'editor.done.published',
  scheduled: 'editor.done.scheduled',
  unpublished: 'editor.done.unpublished',
}

/** One of the force's pages to edit, with where it stands and its history; another force's id is not found. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context, 'editor')
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const tenant = context.site.tenant
  const { id, item, kind } = await loadForEditor(context, user, params.id)
  const locale = await localeFor(request, context.site)
  const state = stateOf(item)
  const done = new URL(request.url).searchParams.get('done') ?? ''
  const text = item.text as Partial<Record<'en' | 'cy', { title?: string; heading?: string }>>
  const words = (locale === 'cy' ? (text.cy ?? text.en) : (text.en ?? text.cy)) ?? {}
  return {
    user: { name: user.name, role: user.role },
    id,
    kind,
    title: words.title ?? words.heading ?? item.slug ?? '',
    slug: item.slug ?? 'contact',
    state,
    stateKey: stateKey(state),
    publishAt: item.publication.publishAt ? editorTime(item.publication.publishAt, locale) : undefined,
    unpublishAt: item.publication.unpublishAt ? editorTime(item.publication.unpublishAt, locale) : undefined,
    publicHref: state === 'published' ? (kind === 'contact' ? contentPath({ kind: 'contact' }) : contentPath({ kind, slug: item.slug ?? '' })) : undefined,
    done: DONE[done] ? (DONE[done] as MessageKey) : undefined,
    ...(await formChoices(context, user, tenant, locale)),
    history: (await historyOf(context, user, id)).map((h) => ({ ...h, when: editorTime(h.at, locale), stateKey: stateKey(h.state) })),
    ...formValuesOf(item),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const user = await requireStaff(request, context, 'editor')
  if (form.get('intent') === 'unpublish') {
    const { id } = await unpublishFromEditor(request, context, user, params.id)
    throw redirect(`/staff/content/${id}?done=unpublished`)
  }
  const locale = await localeFor(request, context.site)
  const { kind } = await loadForEditor(context, user, params.id)
  const result = await saveFromEditor(request, context, user, { kind, id: params.id }, form, locale)
  if (result.ok) throw redirect(`/staff/content/${result.id}?done=${result.done}`)
  return pageShowsErrors(context, data({ errors: result.errors, values: result.values, relatedServices: result.relatedServices }, { status: 400 }))
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => staffMeta(matches, 'editor.editTitle', { title: d?.title ?? '' })

export default function EditContent() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>()
  const live = d.state === 'published' || d.state === 'scheduled'
  return (
    <StaffFrame user={d.user} current="content">
      {failed ? <PageErrorSummary title={t('staff.errorSummaryTitle')} errors={failed.errors.map((e) => ({ href: `#${e.field}`, text: e.message }))} /> : null}
      {d.done && !failed ? (
        <NotificationBanner type="success" title={t('editor.doneTitle')} data-done="">
          <p className="text-lg font-bold">{t(d.done)}</p>
        </NotificationBanner>
      ) : null}
      <p className="mb-2">
        <a className="text-link underline" href="/staff/content">
          {t('editor.backToList')}
        </a>
      </p>
      <p className="mb-2 text-secondary-text">{t(KIND_KEYS[d.kind].one)}</p>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">{t('editor.editTitle', { title: d.title })}</h1>
      <p className="mb-2 flex flex-wrap items-center gap-3 text-lg">
        <span>{t('editor.colStatus')}:</span>
        <Tag status={STATE_TAGS[d.state]} data-state={d.state}>
          {t(d.stateKey)}
        </Tag>
        {d.state === 'scheduled' && d.publishAt ? <span>{t('editor.scheduledFor', { when: d.publishAt })}</span> : null}
        {d.unpublishAt && live ? <span>{t('editor.comesDownAt', { when: d.unpublishAt })}</span> : null}
      </p>
      <ul className="mb-8 flex flex-wrap gap-x-6 text-lg">
        <li>
          <a className="text-link underline" href={`/staff/content/${d.id}/preview`} data-preview="">
            {t('editor.preview')}
          </a>
        </li>
        {d.publicHref ? (
          <li>
            <a className="text-link underline" href={d.publicHref}>
              {t('editor.viewLive')}
            </a>
          </li>
        ) : null}
      </ul>
      <ContentForm {...editorFormProps(d, failed)} existing={{ slug: d.slug, published: live }} />
      {live ? (
        <section className="mt-10 border-t-4 border-border pt-4" aria-labelledby="unpublish-heading">
          <h2 id="unpublish-heading" className="mb-4 text-2xl font-bold">
            {t('editor.unpublishHeading')}
          </h2>
          <p className="mb-4 text-lg">{t('editor.unpublishIntro')}</p>
          <Form method="post">
            <CsrfInput />
            <Button type="submit" name="intent" value="unpublish" variant="warning">
              {t('editor.unpublish')}
            </Button>
          </Form>
        </section>
      ) : null}
      <section className="mt-10 border-t-4 border-border pt-4" aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-4 text-2xl font-bold">
          {t('editor.historyHeading')}
        </h2>
        <Table
          caption={t('editor.historyCaption')}
          captionSize="s"
          columns={[{ header: t('editor.colWhen') }, { header: t('editor.colWho') }, { header: t('editor.colStatus') }, { header: t('editor.colVersion') }]}
          rows={d.history.map((h, i) => [
            h.when,
            h.who,
            t(h.stateKey),
            <a key="view" className="text-link underline" href={`/staff/content/${d.id}/revisions/${h.id}`} data-revision={i}>
              {t('editor.viewVersion')}
            </a>,
          ])}
        />
      </section>
    </StaffFrame>
  )
}
