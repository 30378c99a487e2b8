import type { CharacterCountMessages } from '@bluelamp/ui'
import type { RawInput } from '@bluelamp/triage'
import type { Translate } from '../../i18n/i18n.ts'

/** One value of a form post for rendering: the first string, or ''. */
export function one(raw: RawInput, name: string): string {
  const value = raw[name]
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

export function many(raw: RawInput, name: string): string[] {
  const value = raw[name]
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

export function characterCountMessages(t: Translate): CharacterCountMessages {
  return {
    limit: (max) => t('journey.question.countLimit', { max }),
    remaining: (n) => (n === 1 ? t('journey.question.countRemainingOne') : t('journey.question.countRemaining', { n })),
    over: (n) => (n === 1 ? t('journey.question.countOverOne') : t('journey.question.countOver', { n })),
  }
}
