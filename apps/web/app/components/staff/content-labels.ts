// The editor's words for each kind of page and each state, as message keys (typed, so a missing one fails tsc).
import type { MessageKey } from '../../i18n/i18n.ts'

type Kind = 'news' | 'appeal' | 'advice' | 'area' | 'contact'
type State = 'draft' | 'scheduled' | 'published' | 'unpublished' | 'expired'

export const KIND_KEYS: Record<Kind, { plural: MessageKey; create: MessageKey; one: MessageKey }> = {
  news: { plural: 'editor.kind.newsPlural', create: 'editor.kind.newsCreate', one: 'editor.kind.news' },
  appeal: { plural: 'editor.kind.appealPlural', create: 'editor.kind.appealCreate', one: 'editor.kind.appeal' },
  advice: { plural: 'editor.kind.advicePlural', create: 'editor.kind.adviceCreate', one: 'editor.kind.advice' },
  area: { plural: 'editor.kind.areaPlural', create: 'editor.kind.areaCreate', one: 'editor.kind.area' },
  contact: { plural: 'editor.kind.contactPlural', create: 'editor.kind.contactCreate', one: 'editor.kind.contact' },
}

export const STATE_TAGS: Record<State, 'neutral' | 'active' | 'success' | 'muted'> = {
  draft: 'neutral',
  scheduled: 'active',
  published: 'success',
  unpublished: 'muted',
  expired: 'muted',
}
