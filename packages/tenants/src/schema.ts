import { z } from 'zod'

/**
 * A force's theme folder exports one of these from `theme.ts`.
 * Colours are named by role (never by hue); the national defaults fill in anything a force leaves out
 * of its options, so a theme only states what makes it different.
 */

export const COLOUR_ROLES = [
  'brand',
  'brand-contrast',
  'text',
  'secondary-text',
  'link',
  'link-visited',
  'focus',
  'focus-text',
  'error',
  'success',
  'border',
  'background',
  'surface',
] as const
export type ColourRole = (typeof COLOUR_ROLES)[number]

const hex = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a 6-digit hex colour such as #1d4ed8')
  .transform((s) => s.toLowerCase())

export const coloursSchema = z.object(
  Object.fromEntries(COLOUR_ROLES.map((r) => [r, hex])) as Record<ColourRole, typeof hex>,
)

export const LOCALES = ['en', 'cy'] as const
export type Locale = (typeof LOCALES)[number]

const hostname = z
  .string()
  .min(1)
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/, 'must be a lower-case DNS hostname with no port or scheme')

const phone = z.string().regex(/^[0-9 +()]{3,20}$/, 'must be a phone number of digits and spaces')

export const localContactSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  nameCy: z.string().min(1).optional(),
  description: z.string().min(1),
  descriptionCy: z.string().min(1).optional(),
  phone: phone.optional(),
  url: z.url().optional(),
  /** What kind of matter this contact takes, e.g. "council" for noise and fly-tipping. */
  kind: z.enum(['council', 'victim-support', 'local-number', 'other']),
})

export const themeSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case force id such as "leicestershire"'),
    name: z.string().min(3),
    nameCy: z.string().min(3).optional(),
    shortName: z.string().min(2).max(30),
    colours: coloursSchema,
    font: z.string().min(1).default('system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'),
    radius: z.enum(['0', '2px', '4px', '6px', '8px']).default('0'),
    hostnames: z.array(hostname).min(1),
    aliases: z.array(hostname).default([]),
    locales: z.array(z.enum(LOCALES)).min(1).refine((l) => l[0] === 'en' || l.includes('en'), 'must include "en"'),
    contact: z.object({
      nonEmergency: phone.default('101'),
      textphone: phone.default('18001 101'),
      emergencyTextRelay: phone.default('18000'),
      address: z.string().optional(),
      openingHours: z.string().optional(),
    }),
    social: z.array(z.object({ label: z.string().min(1), url: z.url() })).default([]),
    options: z
      .object({
        /** National services this force switches off. */
        disabledServices: z.array(z.string()).default([]),
        /** Services that are off nationally by default but this force switches on. */
        enabledServices: z.array(z.string()).default([]),
        localContacts: z.array(localContactSchema).default([]),
        /** The force's back-office endpoint for report delivery (HTTPS in production). */
        backOfficeEndpoint: z.url().optional(),
      })
      .default({ disabledServices: [], enabledServices: [], localContacts: [] }),
  })
  .strict()

export type ThemeInput = z.input<typeof themeSchema>
export type Theme = z.output<typeof themeSchema>

/** Identity helper so a theme file gets types and autocompletion. */
export function defineTheme(theme: ThemeInput): ThemeInput {
  return theme
}

/** A tenant as the app sees it: the validated theme plus its logo, ready to render. */
export interface Tenant extends Theme {
  logoSvg: string
}

export interface TenantRegistry {
  tenants: Record<string, Tenant>
  /** Every hostname and alias (lower case, no port) → tenant id. */
  hosts: Record<string, string>
}
