import { translator, type Locale, type Translate } from '../../i18n/i18n.ts'
import { useShellData } from './tenant-view.ts'

/** The page's translate function, in the locale the root loader chose (or a thrown problem carried). */
export function useT(): Translate {
  return translator(useShellData().locale)
}

export function useLocale(): Locale {
  return useShellData().locale
}
