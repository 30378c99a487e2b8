// Email: the confirmation, update and resume-link emails, rendered in English or Welsh as plain text plus simple
// accessible HTML, both from one React Email description of each (templates.server.tsx), and sent from the outbox through nodemailer: into MAIL_DIR by default (one .eml and one
// .json per email), over SMTP when SMTP_URL is set. Emails never carry the person's answers: only the force, the
// service, the reference and links. The resume email's link holds the draft's token (a bearer secret): once the
// email is delivered or given up on, the outbox row keeps a redacted copy (`redactEmailPayload`) that still says
// what was sent, to whom and in which language, but not the token. The other templates carry no secret: their link
// is the force's bare /track page, and the reference opens nothing without the reporter's email or postcode.
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import nodemailer from 'nodemailer'
import { createElement } from 'react'
import { z } from 'zod'
import type { Database, OutboxEmail, OutboxRow } from '@bluelamp/db'
import { emailSender } from '@bluelamp/tenants'
import { isLocale, translator, type Locale } from '../../i18n/i18n.ts'
import type { Env } from '../platform/env.server.ts'
import { PermanentDeliveryError, type OutboxHandler } from '../delivery/outbox-worker.server.ts'
import { registry } from '../site/site.server.ts'
import { bothParts, ConfirmationEmail, ResumeEmail, UpdateEmail } from './templates.server.tsx'

export const CONFIRMATION_TEMPLATE = 'report-confirmation'
export const RESUME_TEMPLATE = 'draft-resume'
/** A staff update or status change on a report: says there is news and where to read it, never the news itself. */
export const UPDATE_TEMPLATE = 'report-update'

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

export interface ConfirmationEmailInput {
  to: string
  /** The force's name in the report's language. */
  forceName: string
  /** The service's name in the report's language, e.g. "Report a theft". */
  serviceName: string
  /** Absolute URL of the force's /track page. */
  trackUrl: string
}

/**
 * What the journey passes in `submitReport({ emails: [confirmationEmailPayload(...)] })`. submitReport adds the
 * locale and the reference to the outbox row, so the email always names the reference that was committed.
 */
export function confirmationEmailPayload(input: ConfirmationEmailInput): OutboxEmail {
  return {
    template: CONFIRMATION_TEMPLATE,
    to: input.to.trim(),
    data: { forceName: input.forceName, serviceName: input.serviceName, trackUrl: input.trackUrl },
  }
}

export interface ResumeEmailInput {
  to: string
  /** The absolute resume link (it holds the draft's token: a secret). */
  link: string
  locale: Locale
  forceName: string
}

/** Queues the "continue your report" email in the outbox; the worker sends it. */
export async function queueResumeEmail(database: Database, tenantId: string, input: ResumeEmailInput): Promise<{ id: string }> {
  const { id } = await database.queries.enqueueOutbox(tenantId, {
    kind: 'email',
    idempotencyKey: `resume:${randomUUID()}`,
    payload: {
      template: RESUME_TEMPLATE,
      to: input.to.trim(),
      locale: input.locale,
      data: { link: input.link, forceName: input.forceName },
    },
  })
  return { id }
}

/** Stands in for a secret removed from a finished outbox row. */
export const REDACTED = '[redacted]'

/**
 * The payload a finished email row keeps (see OutboxHandler.redact). For the resume email the link's token, and
 * anything after it, becomes REDACTED, the path before it is kept (it names the service), and `redactedAt` says
 * when. Other templates carry no secret and are kept as they are (undefined).
 */
export function redactEmailPayload(payload: Record<string, unknown>, at: Date = new Date()): Record<string, unknown> | undefined {
  if (payload.template !== RESUME_TEMPLATE) return undefined
  const data = typeof payload.data === 'object' && payload.data !== null ? (payload.data as Record<string, unknown>) : {}
  return { ...payload, data: { ...data, link: redactLink(data.link) }, redactedAt: at.toISOString() }
}

/** `https://host/services/theft/resume/<token>` → `https://host/services/theft/resume/[redacted]`; anything else → REDACTED. */
function redactLink(link: unknown): string {
  if (typeof link !== 'string' || !URL.canParse(link)) return REDACTED
  const url = new URL(link)
  const match = /^(\/services\/[^/]+\/resume\/)[^/]+$/.exec(url.pathname)
  return match ? `${url.origin}${match[1]}${REDACTED}` : REDACTED
}

const payloadSchema = z.object({
  template: z.enum([CONFIRMATION_TEMPLATE, RESUME_TEMPLATE, UPDATE_TEMPLATE]),
  to: z.email(),
  locale: z.string().optional(),
  reference: z.string().optional(),
  redactedAt: z.string().optional(),
  data: z.record(z.string(), z.unknown()).default({}),
})

const confirmationData = z.object({ forceName: z.string().min(1), serviceName: z.string().min(1), trackUrl: z.url() })
const resumeData = z.object({ forceName: z.string().min(1), link: z.url() })
const updateData = z.object({ forceName: z.string().min(1), trackUrl: z.url() })

/** Renders an outbox email payload. Rejects with PermanentDeliveryError for a payload that can never be sent. */
export async function renderEmail(payload: unknown): Promise<RenderedEmail & { to: string; locale: Locale }> {
  const parsed = payloadSchema.safeParse(payload)
  if (!parsed.success) throw new PermanentDeliveryError(`bad email payload: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`)
  const { template, to, data } = parsed.data
  const locale: Locale = isLocale(parsed.data.locale) ? parsed.data.locale : 'en'
  const t = translator(locale)

  if (template === CONFIRMATION_TEMPLATE) {
    const d = confirmationData.safeParse(data)
    if (!d.success || !parsed.data.reference) throw new PermanentDeliveryError('bad confirmation email data')
    const vars = { force: d.data.forceName, service: d.data.serviceName, reference: parsed.data.reference }
    const subject = t('email.confirmationSubject', vars)
    const parts = await bothParts(createElement(ConfirmationEmail, { locale, t, subject, vars, trackUrl: d.data.trackUrl }))
    return { to, locale, subject, ...parts }
  }

  if (template === UPDATE_TEMPLATE) {
    const u = updateData.safeParse(data)
    if (!u.success || !parsed.data.reference) throw new PermanentDeliveryError('bad update email data')
    const vars = { force: u.data.forceName, reference: parsed.data.reference }
    const subject = t('staff.emailUpdateSubject', vars)
    const parts = await bothParts(createElement(UpdateEmail, { locale, t, subject, vars, trackUrl: u.data.trackUrl }))
    return { to, locale, subject, ...parts }
  }

  // A redacted row (delivered or dead, then re-queued) has lost its link: the person asks for a new one.
  if (parsed.data.redactedAt !== undefined) throw new PermanentDeliveryError('resume link redacted: the email was already sent or given up on')
  const d = resumeData.safeParse(data)
  if (!d.success) throw new PermanentDeliveryError('bad resume email data')
  const vars = { force: d.data.forceName }
  const subject = t('email.resumeSubject', vars)
  const parts = await bothParts(createElement(ResumeEmail, { locale, t, subject, vars, link: d.data.link }))
  return { to, locale, subject, ...parts }
}

/** Who an email is from: a name and an address. */
export interface Sender {
  name: string
  address: string
}

export interface Mailer {
  /** `from`: the force whose email it is; without it, MAIL_FROM. */
  send(message: RenderedEmail & { to: string; id: string; from?: Sender }): Promise<void>
  close(): void
}

/**
 * The force an outbox row belongs to sends its email, in the email's language ("Leicestershire Police
 * <no-reply@leics.police.uk>", "Heddlu Dyfed-Powys <…>"), from the sender in its theme folder. A row of a force this
 * platform no longer serves falls back to MAIL_FROM.
 */
export function senderOf(tenantId: string, locale: Locale): Sender | undefined {
  const tenant = Object.hasOwn(registry.tenants, tenantId) ? registry.tenants[tenantId] : undefined
  return tenant ? emailSender(tenant, locale) : undefined
}

/** SMTP when SMTP_URL is set; otherwise each email is written to MAIL_DIR as `<time>-<id>.eml` and `.json`. */
export function createMailer(env: Pick<Env, 'SMTP_URL' | 'MAIL_DIR' | 'MAIL_FROM'>): Mailer {
  const fromOf = (message: { from?: Sender }) => message.from ?? env.MAIL_FROM
  if (env.SMTP_URL) {
    const transport = nodemailer.createTransport(env.SMTP_URL)
    return {
      async send(message) {
        await transport.sendMail({ from: fromOf(message), to: message.to, subject: message.subject, text: message.text, html: message.html, messageId: `<${message.id}@bluelamp>` })
      },
      close: () => transport.close(),
    }
  }
  const dir = resolve(env.MAIL_DIR)
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    async send(message) {
      const from = fromOf(message)
      const info = await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, messageId: `<${message.id}@bluelamp>` })
      await mkdir(dir, { recursive: true, mode: 0o700 })
      const base = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.id}`
      await writeFile(join(dir, `${base}.eml`), info.message as Buffer, { mode: 0o600 })
      const fromText = typeof from === 'string' ? from : `${from.name} <${from.address}>`
      await writeFile(join(dir, `${base}.json`), JSON.stringify({ id: message.id, from: fromText, to: message.to, subject: message.subject, text: message.text, html: message.html }, null, 2), { mode: 0o600 })
    },
    close: () => transport.close(),
  }
}

/** The outbox handler for 'email' rows; a finished row keeps the redacted payload. */
export function emailHandler(mailer: Mailer): OutboxHandler {
  const handler: OutboxHandler = async (row: OutboxRow) => {
    const email = await renderEmail(row.payload)
    const from = senderOf(row.tenantId, email.locale)
    await mailer.send({ ...email, id: row.id, ...(from ? { from } : {}) })
  }
  handler.redact = redactEmailPayload
  return handler
}
