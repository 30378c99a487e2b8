import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Table, Tag } from '@bluelamp/ui'
import { StaffFrame } from '../components/staff/staff-frame.tsx'
import { KIND_KEYS, STATE_TAGS } from '../components/staff/content-labels.ts'
import { staffMeta } from '../components/journey/meta.ts'
import { EDITOR_KINDS, editorTime, listForEditor, stateKey } from '../lib/content/editor.server.ts'
import { localeFor } from '../lib/site/locale.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { useT } from '../lib/site/use-t.ts'

/** The force's pages, by kind, with where each stands: editors and admins only. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context, 'editor')
  const locale = await localeFor(request, context.site)
  const byKind = await listForEditor(context, user, locale)
  return {
    user: { name: user.name, role: user.role },
    sections: EDITOR_KINDS.map((kind) => ({
      kind,
      // One contact page per force: it is made once, then edited.
      canCreate: kind !== 'contact' || byKind.contact.length === 0,
      rows: byKind[kind].map((r) => ({ ...r, stateKey: stateKey(r.state), updated: editorTime(r.updatedAt, locale) })),
    })),
  }
}

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'editor.listTitle')

export default function StaffContent() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  return (
    <StaffFrame user={d.user} current="content">
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">{t('editor.listTitle')}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t('editor.listIntro')}</p>
      {d.sections.map((section) => (
        <section key={section.kind} className="mb-10" aria-labelledby={`section-${section.kind}`}>
          <h2 id={`section-${section.kind}`} className="mb-4 text-2xl font-bold">
            {t(KIND_KEYS[section.kind].plural)}
          </h2>
          {section.canCreate ? (
            <p className="mb-4 text-lg">
              <a className="text-link underline" href={`/staff/content/new/${section.kind}`} data-create={section.kind}>
                {t(KIND_KEYS[section.kind].create)}
              </a>
            </p>
          ) : null}
          {section.rows.length === 0 ? (
            <p className="mb-4 text-lg">{t('editor.noneYet')}</p>
          ) : (
            <Table
              caption={t('editor.listCaption')}
              captionSize="s"
              firstCellIsHeader
              columns={[{ header: t('editor.colTitle') }, { header: t('editor.colStatus') }, { header: t('editor.colUpdated') }]}
              rows={section.rows.map((r) => [
                <a key="title" className="text-link underline" href={`/staff/content/${r.id}`} data-item={r.slug}>
                  {r.title}
                </a>,
                <Tag key="state" status={STATE_TAGS[r.state]} data-state={r.state}>
                  {t(r.stateKey)}
                </Tag>,
                r.updated,
              ])}
            />
          )}
        </section>
      ))}
    </StaffFrame>
  )
}
