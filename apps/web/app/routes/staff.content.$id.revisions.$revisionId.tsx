import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ContentForm, editorFormProps } from '../components/staff/content-form.tsx'
import { StaffFrame } from '../components/staff/staff-frame.tsx'
import { staffMeta } from '../components/journey/meta.ts'
import { editorTime, formChoices, revisionOf } from '../lib/content/editor.server.ts'
import { localeFor } from '../lib/site/locale.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { useT } from '../lib/site/use-t.ts'

/** One saved version of one of the force's pages, as it was saved, to read (and copy from). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context, 'editor')
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const tenant = context.site.tenant
  const revision = await revisionOf(context, user, params.id, params.revisionId)
  const locale = await localeFor(request, context.site)
  return {
    user: { name: user.name, role: user.role },
    id: revision.id,
    kind: revision.kind,
    who: revision.who,
    when: editorTime(revision.at, locale),
    slug: revision.item.slug ?? 'contact',
    values: revision.values,
    relatedServices: revision.relatedServices,
    ...(await formChoices(context, user, tenant, locale)),
  }
}

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'editor.revisionTitle')

export default function ContentRevision() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  return (
    <StaffFrame user={d.user} current="content">
      <p className="mb-2">
        <a className="text-link underline" href={`/staff/content/${d.id}`}>
          {t('editor.backToEditing')}
        </a>
      </p>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">{t('editor.revisionTitle')}</h1>
      <p className="mb-8 text-lg" data-revision-by="">
        {t('editor.revisionBy', { who: d.who, when: d.when })}
      </p>
      <ContentForm {...editorFormProps(d)} existing={{ slug: d.slug, published: false }} readOnly />
    </StaffFrame>
  )
}
