import { z } from 'zod'
import { parsePrivateNetworks } from './outbound.server.ts'

/**
 * Environment variables, parsed once at start. A missing or bad value stops the server with a message
 * naming the variable, what was wrong, and an example of a good value.
 */
const booleanish = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes')

function positiveInt(example: string) {
  return z.coerce.number({ error: `must be ${example}` }).int(`must be a whole number: ${example}`).min(1, `must be at least 1: ${example}`)
}

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce
    .number({ error: 'must be a port number such as 3000' })
    .int('must be a whole number such as 3000')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'must be a folder path such as ./.data').default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL such as postgres://user@127.0.0.1:5432/bluelamp')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TRUST_PROXY: booleanish.default(false),
  NATIONAL_HOSTS: z
    .string()
    .default('localhost,127.0.0.1,[::1]')
    .transform((s) =>
      s
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters of random text').optional(),
  // Earlier values of SESSION_SECRET, comma-separated, newest first: still accepted for what they signed (staff
  // sessions, open forms) while only SESSION_SECRET signs anything new, so the secret can be changed without signing
  // everyone out. Remove them once the longest session (STAFF_SESSION_MAX_HOURS) has passed.
  SESSION_SECRET_PREVIOUS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const secrets = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      if (secrets.some((s) => s.length < 32)) ctx.addIssue({ code: 'custom', message: 'each earlier secret must be at least 32 characters of random text, separated by commas' })
      return secrets
    }),
  MAIL_DIR: z.string().min(1).default('./.mail'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example:587')
    .optional(),
  MAIL_FROM: z.string().default('bluelamp <no-reply@bluelamp.invalid>'),
  PUBLIC_URL_SCHEME: z.enum(['http', 'https']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Evidence uploads and request bodies (docs/decisions/007-security-and-uploads.md).
  UPLOAD_DIR: z.string().min(1, 'must be a folder path such as ./.data/uploads').optional(),
  // Where evidence files are kept: in the database (the default with DATABASE_URL, so every instance can serve every
  // file) or in the folder UPLOAD_DIR (the default on the embedded database); docs/decisions/016.
  EVIDENCE_STORE: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['database', 'folder'], { error: 'must be database or folder' }).optional()),
  UPLOAD_MAX_FILE_BYTES: positiveInt('a size in bytes such as 10485760 (10 MB)').default(10 * 1024 * 1024),
  UPLOAD_MAX_FILES: positiveInt('a number of files such as 5').default(5),
  UPLOAD_MAX_IMAGE_PIXELS: positiveInt('a number of pixels such as 60000000 (60 megapixels)').default(60_000_000),
  FORM_MAX_BYTES: positiveInt('a size in bytes such as 102400 (100 KB)').default(100 * 1024),
  // Per-IP limits: report submissions, and track-my-report attempts (count per window).
  SUBMISSION_RATE_LIMIT: positiveInt('a number of submissions such as 20').default(20),
  SUBMISSION_RATE_WINDOW_SECONDS: positiveInt('a number of seconds such as 600').default(600),
  TRACK_RATE_LIMIT: positiveInt('a number of attempts such as 10').default(10),
  TRACK_RATE_WINDOW_SECONDS: positiveInt('a number of seconds such as 900').default(900),
  // Web processes sharing the port (server/index.ts): by default one per core on Postgres, one on the embedded
  // database (which only one process can open).
  WEB_CONCURRENCY: positiveInt('a number of processes such as 2').optional(),
  // How long a page that is the same for everyone (server/page-cache.ts), and a page rendered from its data alone
  // (rendered-pages.server.ts), is kept before it is rendered again; 0: never.
  PAGE_CACHE_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds such as 60, or 0 to render every page' })
    .int('must be a whole number of seconds such as 60')
    .min(0, 'must be 0 or more: a number of seconds such as 60')
    .default(60),
  // The in-process outbox worker that sends email; switch off where another process sends.
  OUTBOX_WORKER: booleanish.default(true),
  // The force back office (docs/decisions/009-back-office-and-delivery.md).
  STAFF_SESSION_IDLE_MINUTES: positiveInt('a number of minutes such as 30').default(30),
  STAFF_SESSION_MAX_HOURS: positiveInt('a number of hours such as 12').default(12),
  // Failed sign-ins for one account from one address before that address is refused for it, and the window they are
  // counted in (no account is ever locked by others' guesses: staff/session.server.ts).
  STAFF_THROTTLE_ATTEMPTS: positiveInt('a number of failed sign-ins such as 5').default(5),
  STAFF_THROTTLE_MINUTES: positiveInt('a number of minutes such as 15').default(15),
  STAFF_SIGN_IN_RATE_LIMIT: positiveInt('a number of attempts such as 20').default(20),
  STAFF_SIGN_IN_RATE_WINDOW_SECONDS: positiveInt('a number of seconds such as 900').default(900),
  // Demo staff and API keys for the demo forces: always outside production, in production only when set (e2e).
  SEED_DEMO_STAFF: booleanish.optional(),
  // Back-office delivery: how long one POST may take; attempts before an outbox row (email or delivery) is a dead letter.
  // Each force's own private networks its push endpoint may be on (`leicestershire=10.20.0.0/16;gwent=10.30.1.0/24`):
  // otherwise deliveries go to public addresses only (outbound.server.ts).
  BACKOFFICE_PRIVATE_NETWORKS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const { networks, problems } = parsePrivateNetworks(value)
      for (const problem of problems) ctx.addIssue({ code: 'custom', message: `${problem} (e.g. leicestershire=10.20.0.0/16)` })
      return networks
    }),
  BACKOFFICE_TIMEOUT_MS: positiveInt('a number of milliseconds such as 10000').default(10_000),
  OUTBOX_MAX_ATTEMPTS: positiveInt('a number of attempts such as 8').default(8),
})

export type Env = z.infer<typeof envSchema>

/** How many web processes to run: WEB_CONCURRENCY, else one per core on Postgres and one on the embedded database. */
export function webProcesses(env: Pick<Env, 'WEB_CONCURRENCY' | 'DATABASE_URL'>, cores: number): number {
  return env.WEB_CONCURRENCY ?? (env.DATABASE_URL ? Math.max(1, cores) : 1)
}

export class EnvError extends Error {
  constructor(public problems: string[]) {
    super(`The server cannot start because of its environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema
    .refine((env) => !(env.WEB_CONCURRENCY && env.WEB_CONCURRENCY > 1 && !env.DATABASE_URL), {
      path: ['WEB_CONCURRENCY'],
      message: 'more than one web process needs DATABASE_URL: the embedded database can be opened by one process only (use 1, or set DATABASE_URL)',
    })
    .safeParse(source)
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.')
        const value = source[name]
        return `${name}=${value === undefined ? '(unset)' : JSON.stringify(value)}: ${issue.message}`
      }),
    )
  }
  return result.data
}
