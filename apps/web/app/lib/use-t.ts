import { useRouteLoaderData } from '@remix-run/react'
import { translator, type Locale, type Translate } from '../i18n/i18n.ts'

/** The page's translate function, from the locale the root loader chose. */
export function useT(): Translate {
  const data = useRouteLoaderData('root') as { locale?: Locale } | undefined
  return translator(data?.locale ?? 'en')
}

export function useLocale(): Locale {
  const data = useRouteLoaderData('root') as { locale?: Locale } | undefined
  return data?.locale ?? 'en'
}
