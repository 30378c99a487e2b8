import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AdvicePage, AppealPage, AreaPage, ContactPage, NewsArticlePage } from '../components/content-pages.tsx'
import { staffMeta } from '../components/journey/meta.ts'
import { frame } from '../lib/content/content.server.ts'
import { previewOf, stateKey } from '../lib/content/editor.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { useT } from '../lib/site/use-t.ts'

/**
 * One of the force's pages as the public will see it, whatever its state: the public route's own view and component,
 * given the saved item. Only for the force's signed-in editors; never kept by any cache (the page cache never keeps
 * /staff, and the answer says no-store).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context, 'editor')
  const view = await frame(request, context)
  const { id, state, preview, valid } = await previewOf(context, user, params.id, view)
  return { id, state, stateKey: stateKey(state), preview, valid }
}

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'editor.previewTitle')

export default function PreviewContent() {
  const t = useT()
  const { id, stateKey: state, preview, valid } = useLoaderData<typeof loader>()
  return (
    <>
      <div role="region" aria-label={t('editor.previewTitle')} className="mb-8 border-4 border-brand p-4" data-preview-banner="">
        <p className="mb-2 text-xl font-bold">{t('editor.previewBanner', { state: t(state) })}</p>
        <p className="text-lg">
          <a className="text-link underline" href={`/staff/content/${id}`}>
            {t('editor.backToEditing')}
          </a>
        </p>
      </div>
      {!valid || !preview.view ? (
        <p className="text-lg">{t('editor.previewNothing')}</p>
      ) : preview.kind === 'news' ? (
        <NewsArticlePage data={preview.view} />
      ) : preview.kind === 'appeal' ? (
        <AppealPage data={preview.view} />
      ) : preview.kind === 'advice' ? (
        <AdvicePage data={preview.view} />
      ) : preview.kind === 'area' ? (
        <AreaPage data={preview.view} />
      ) : (
        <ContactPage data={preview.view} />
      )}
    </>
  )
}
