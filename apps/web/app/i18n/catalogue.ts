import { en } from './en.ts'
import { cy } from './cy.ts'
import * as journey from './journey.ts'
import * as email from './email.ts'
import * as security from './security.ts'
import * as track from './track.ts'
import * as uploads from './uploads.ts'
import * as staff from './staff.ts'
import * as pages from './pages.ts'
import * as meta from './meta.ts'
import * as frontDoor from './front-door.ts'
import * as content from './content.ts'
import * as editor from './editor.ts'
import * as images from './images.ts'
import * as appealLink from './appeal-link.ts'
import * as notices from './notices.ts'
import * as search from './search.ts'

/**
 * The message catalogue: the shell's messages (en.ts, cy.ts) plus one module per feature section.
 * A section module exports `{ en: {...}, cy: {...} }` with the same keys in both languages; register it here
 * under its section name, in both languages, so its keys read `<section>.<key>`. Each section is spelt out (not
 * built with Object.fromEntries) so the catalogue's type carries every key: `t()` is checked against it.
 */
const english = {
  ...en,
  journey: journey.en,
  email: email.en,
  security: security.en,
  track: track.en,
  uploads: uploads.en,
  staff: staff.en,
  pages: pages.en,
  meta: meta.en,
  frontDoor: frontDoor.en,
  content: content.en,
  editor: editor.en,
  images: images.en,
  appealLink: appealLink.en,
  notices: notices.en,
  search: search.en,
}

/** The same tree as the English catalogue, every message a string: a Welsh key missing or extra is a type error. */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> }

const welsh: SameKeys<typeof english> = {
  ...cy,
  journey: journey.cy,
  email: email.cy,
  security: security.cy,
  track: track.cy,
  uploads: uploads.cy,
  staff: staff.cy,
  pages: pages.cy,
  meta: meta.cy,
  frontDoor: frontDoor.cy,
  content: content.cy,
  editor: editor.cy,
  images: images.cy,
  appealLink: appealLink.cy,
  notices: notices.cy,
  search: search.cy,
}

export const catalogue = { en: english, cy: welsh }

export type Catalogue = typeof english

/** Every message key, dotted: `'common.home'`, `'journey.question.continue'`. */
export type MessageKey = Paths<Catalogue>

type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`
}[keyof T & string]
