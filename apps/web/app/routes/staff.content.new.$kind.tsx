import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { ContentForm, editorFormProps } from '../components/staff/content-form.tsx'
import { KIND_KEYS } from '../components/staff/content-labels.ts'
import { StaffFrame } from '../components/staff/staff-frame.tsx'
import { staffMeta } from '../components/journey/meta.ts'
import { formChoices, isEditorKind, newFormValues, saveFromEditor } from '../lib/content/editor.server.ts'
import { pageShowsErrors } from '../lib/platform/page-errors.server.ts'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { localeFor } from '../lib/site/locale.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { useT } from '../lib/site/use-t.ts'

function kindOf(value: string | undefined) {
  if (!isEditorKind(value)) throw new Response('Not found', { status: 404 })
  return value
}

/** A new page of a kind: the empty form. A force has one contact page, so a second is the first, to edit. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context, 'editor')
  const kind = kindOf(params.kind)
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const tenant = context.site.tenant
  if (kind === 'contact') {
    const [contact] = (await context.services.database.queries.listContentForEditor(user.tenantId)).filter((r) => r.kind === 'contact')
    if (contact) throw redirect(`/staff/content/${contact.id}`)
  }
  const locale = await localeFor(request, context.site)
  return {
    user: { name: user.name, role: user.role },
    kind,
    ...(await formChoices(context, user, tenant, locale)),
    ...newFormValues(kind),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const user = await requireStaff(request, context, 'editor')
  const kind = kindOf(params.kind)
  const locale = await localeFor(request, context.site)
  const result = await saveFromEditor(request, context, user, { kind }, form, locale)
  if (result.ok) throw redirect(`/staff/content/${result.id}?done=${result.done}`)
  return pageShowsErrors(context, data({ errors: result.errors, values: result.values, relatedServices: result.relatedServices }, { status: 400 }))
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => staffMeta(matches, d ? KIND_KEYS[d.kind].create : 'editor.listTitle')

export default function NewContent() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>()
  return (
    <StaffFrame user={d.user} current="content">
      {failed ? <PageErrorSummary title={t('staff.errorSummaryTitle')} errors={failed.errors.map((e) => ({ href: `#${e.field}`, text: e.message }))} /> : null}
      <p className="mb-2">
        <a className="text-link underline" href="/staff/content">
          {t('editor.backToList')}
        </a>
      </p>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t(KIND_KEYS[d.kind].create)}</h1>
      <ContentForm {...editorFormProps(d, failed)} />
    </StaffFrame>
  )
}
