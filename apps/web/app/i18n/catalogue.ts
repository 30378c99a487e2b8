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

/**
 * The message catalogue: the shell's messages (en.ts, cy.ts) plus one module per feature section.
 * A section module exports `{ en: {...}, cy: {...} }` with the same keys in both languages; register it here
 * under its section name so its keys read `<section>.<key>`.
 */
const sections: Record<string, { en: object; cy: object }> = { journey, email, security, track, uploads, staff, pages, meta, frontDoor, content }

export const catalogue = {
  en: { ...en, ...Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, s.en])) },
  cy: { ...cy, ...Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, s.cy])) },
}
