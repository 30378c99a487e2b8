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

/** Three capital letters that start every reference number the force issues, e.g. "LEI" in LEI-26-7KQ4-XM. */
export const REFERENCE_PREFIX = /^[A-Z]{3}$/

export const themeSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case force id such as "leicestershire"'),
    name: z.string().min(3),
    /** The force's name in Welsh: required when the site is in Welsh. */
    nameCy: z.string().min(3).optional(),
    shortName: z.string().min(2).max(30),
    shortNameCy: z.string().min(2).max(30).optional(),
    /**
     * Starts every reference the force issues. References already given out must stay valid and the force must keep
     * issuing the same prefix, so it never changes once the force is live, and no two forces share one.
     */
    referencePrefix: z.string().regex(REFERENCE_PREFIX, 'must be three capital letters such as "LEI"'),
    colours: coloursSchema,
    font: z.string().min(1).default('system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'),
    radius: z.enum(['0', '2px', '4px', '6px', '8px']).default('0'),
    hostnames: z.array(hostname).min(1),
    aliases: z.array(hostname).default([]),
    /** Welsh-language hostnames (such as heddlu-dyfed-powys.police.uk): the site opens in Welsh there. */
    hostnamesCy: z.array(hostname).default([]),
    locales: z.array(z.enum(LOCALES)).min(1).refine((l) => l[0] === 'en' || l.includes('en'), 'must include "en"'),
    contact: z.object({
      nonEmergency: phone.default('101'),
      textphone: phone.default('18001 101'),
      emergencyTextRelay: phone.default('18000'),
      address: z.string().optional(),
      /** The address as a Welsh page shows it (a Welsh force's headquarters has a Welsh name). */
      addressCy: z.string().optional(),
      openingHours: z.string().optional(),
    }),
    /** Who the force's emails come from: "Leicestershire Police <no-reply@leics.police.uk>". */
    email: z
      .object({
        senderAddress: z.email('must be an email address such as no-reply@leics.police.uk'),
        /** Defaults to the force's name (in Welsh emails, its Welsh name). */
        senderName: z.string().min(1).max(80).optional(),
        senderNameCy: z.string().min(1).max(80).optional(),
      })
      .strict(),
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
    /**
     * Outside production (or with SEED_DEMO_STAFF=1) the server gives this force demo back-office accounts
     * (handler@, supervisor@, admin@ and editor@<id>.example) and a demo API key, so a new force can be tried at once.
     */
    demoStaff: z.boolean().default(false),
  })
  .strict()
  .superRefine((theme, ctx) => {
    if (theme.locales.includes('cy')) {
      if (!theme.nameCy) ctx.addIssue({ code: 'custom', path: ['nameCy'], message: 'is required because locales include "cy" (the site is in Welsh)' })
    } else {
      for (const field of ['hostnamesCy'] as const)
        if (theme[field].length > 0) ctx.addIssue({ code: 'custom', path: [field], message: 'needs "cy" in locales: a Welsh hostname serves the site in Welsh' })
    }
  })

export type ThemeInput = z.input<typeof themeSchema>
export type Theme = z.output<typeof themeSchema>

/** The demo back-office accounts of a force with `demoStaff` (outside production only): one per role, one password. */
export const DEMO_STAFF_ROLES = ['handler', 'supervisor', 'admin', 'editor'] as const
export const DEMO_STAFF_PASSWORD = 'demo-password-1'
export function demoStaffEmail(forceId: string, role: (typeof DEMO_STAFF_ROLES)[number]): string {
  return `${role}@${forceId}.example`
}

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
  /** Every hostname, alias and Welsh hostname (lower case, no port) → tenant id. */
  hosts: Record<string, string>
  /** Reference prefix → tenant id. */
  prefixes: Record<string, string>
}

/** Every hostname a tenant answers on. */
export function hostnamesOf(tenant: Pick<Theme, 'hostnames' | 'aliases' | 'hostnamesCy'>): string[] {
  return [...tenant.hostnames, ...tenant.aliases, ...tenant.hostnamesCy]
}

/** The sender of the force's emails in a language, as an RFC 5322 name and address. */
export function emailSender(tenant: Pick<Theme, 'name' | 'nameCy' | 'email'>, locale: Locale): { name: string; address: string } {
  const name = (locale === 'cy' ? (tenant.email.senderNameCy ?? tenant.nameCy) : undefined) ?? tenant.email.senderName ?? tenant.name
  return { name, address: tenant.email.senderAddress }
}
