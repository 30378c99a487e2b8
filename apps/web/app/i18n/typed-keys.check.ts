/**
 * Checked by `tsc` only (nothing imports it): each `@ts-expect-error` below must stay an error, so if keys stop being
 * typed (a `string` creeping back into `Translate`) the type check fails here.
 */
import type { Translate } from './i18n.ts'

declare const t: Translate

export const known: string = t('common.skipLink')
export const withVars: string = t('common.nonEmergency', { number: '101' })
// @ts-expect-error a misspelt key
export const misspelt: string = t('common.skiplink')
// @ts-expect-error a section is not a message
export const section: string = t('common')
// @ts-expect-error a key built from any string
export const built = (part: string): string => t(`staff.${part}`)
