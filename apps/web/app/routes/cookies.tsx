import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Table } from '@bluelamp/ui'
import { InfoPage } from '../components/info-page.tsx'
import { infoPageLoader } from '../lib/site/info-page.server.ts'
import { useT } from '../lib/site/use-t.ts'
import { descriptionMeta, rootLocale } from '../components/journey/meta.ts'
import { translator, type Catalogue } from '../i18n/i18n.ts'

export const loader = infoPageLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  // In the page's language: the site's name comes from the loader, the page's from the catalogue.
  { title: `${translator(rootLocale(matches))('pages.cookies.title')} – ${data?.site ?? 'bluelamp'}` },
  ...descriptionMeta(matches, (t) => t('meta.cookies', { site: data?.site ?? 'bluelamp' })),
]

/** Every cookie the site sets, all essential, so there is no consent banner. */
export default function Cookies() {
  useLoaderData<typeof loader>()
  const t = useT()
  const k = (key: keyof Catalogue['pages']['cookies']) => t(`pages.cookies.${key}`)
  return (
    <InfoPage title={k('title')} intro={k('intro')} sections={[]}>
      <Table
        caption={k('tableCaption')}
        columns={[{ header: k('name') }, { header: k('purpose') }, { header: k('expires') }]}
        firstCellIsHeader
        rows={[
          ['lang', k('lang'), k('langExpires')],
          ['bl_csrf', k('csrf'), k('csrfExpires')],
          ['draft-<service>', k('draft'), k('draftExpires')],
          ['bl_staff', k('staff'), k('staffExpires')],
        ]}
      />
      <p className="text-lg">{k('noBanner')}</p>
    </InfoPage>
  )
}
