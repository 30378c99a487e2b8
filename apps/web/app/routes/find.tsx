import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { findForce } from '../lib/site/finder.server.ts'
import { forcesAtoZ, forceUrl } from '../lib/site/site.server.ts'
import { ForceChoice, NationalLanding } from '../components/national-landing.tsx'
import { translator } from '../i18n/i18n.ts'
import { descriptionMeta } from '../components/journey/meta.ts'

/**
 * GET /find?postcode=LE1+1AA, the national landing page's form: a plain GET, so it works without JavaScript and a
 * result can be bookmarked. Only on the national host; a force's own site has no finder.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  if (context.site.kind !== 'national') throw data(null, { status: 404 })
  const url = new URL(request.url)
  const input = url.searchParams.get('postcode')
  if (input === null) return redirect('/')
  const result = findForce(input, url)
  if (result.kind === 'redirect') return redirect(result.href, { headers: { 'Cache-Control': 'no-store' } })
  const forces = forcesAtoZ().map((t) => ({ id: t.id, name: t.name, nameCy: t.nameCy, href: forceUrl(t, url) }))
  return data({ result, forces }, { status: result.kind === 'error' ? 400 : 200 })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translator('en')
  const description = descriptionMeta(matches, (tr) => tr('meta.national'))
  if (data?.result.kind === 'error') return [{ title: `${t('find.metaTitleError')} – bluelamp` }, ...description]
  if (data?.result.kind === 'choose') return [{ title: `${t('find.choiceTitle')} – bluelamp` }, ...description]
  return [{ title: `${t('national.metaTitle')} – bluelamp` }, ...description]
}

export default function Find() {
  const { result, forces } = useLoaderData<typeof loader>()
  if (result.kind === 'choose') return <ForceChoice outcode={result.outcode} candidates={result.candidates} />
  return (
    <NationalLanding
      forces={forces}
      postcode={result.kind === 'error' ? result.postcode : ''}
      error={result.kind === 'error' ? { message: result.message, vars: result.vars } : undefined}
    />
  )
}
