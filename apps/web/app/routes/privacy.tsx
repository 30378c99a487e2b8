import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { InfoPage } from '../components/info-page.tsx'
import { infoPageLoader } from '../lib/site/info-page.server.ts'
import { useT } from '../lib/site/use-t.ts'
import { descriptionMeta, rootLocale } from '../components/journey/meta.ts'
import { translator, type Catalogue } from '../i18n/i18n.ts'

export const loader = infoPageLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  // In the page's language: the site's name comes from the loader, the page's from the catalogue.
  { title: `${translator(rootLocale(matches))('pages.privacy.title')} – ${data?.site ?? 'bluelamp'}` },
  ...descriptionMeta(matches, (t) => t('meta.privacy', { site: data?.site ?? 'bluelamp' })),
]

export default function Privacy() {
  const data = useLoaderData<typeof loader>()
  const t = useT()
  const k = (key: keyof Catalogue['pages']['privacy']) => t(`pages.privacy.${key}`, data)
  return (
    <InfoPage
      title={k('title')}
      intro={k('intro')}
      sections={[
        [k('collectHeading'), k('collect')],
        [k('useHeading'), k('use')],
        [k('keepHeading'), k('keep')],
        [k('rightsHeading'), k('rights')],
      ]}
    />
  )
}
