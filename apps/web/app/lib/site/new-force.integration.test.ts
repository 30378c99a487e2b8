// A tenant is one folder. At test time, two forces that appear nowhere in the repository are added the two ways the
// README describes: `pnpm new-force <id>` (a force with no area, English only) and a copied and edited folder (a
// Welsh-speaking force with a Welsh-language hostname). The registry is built from the folders by the generator, as
// `pnpm build` does, and the app runs on it: a report is made on each new force's site through the app's own
// loaders and actions, to its confirmation page, with the force's new reference prefix, into its staff queue (its
// first admin account seeded as the demo forces' are), and the Welsh force's email in Welsh from the force. Nothing in
// the repository changes.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { eq } from 'drizzle-orm'
import { reports, type Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { registry } from '@bluelamp/tenants/registry'
import { parseEnv } from '../platform/env.server.ts'
import { checkAnswersLoader, confirmationLoader, submitAction, type ConfirmationData } from '../journey/submit.server.ts'
import { questionAction } from '../journey/question.server.ts'
import { createMailer, emailHandler } from '../mail/mail.server.ts'
import { createOutboxWorker } from '../delivery/outbox-worker.server.ts'
import { setSigningSecret } from '../security/secrets.server.ts'
import { seedDemoStaff } from '../staff/seed.server.ts'
import { contextFor, dataOf, location, statusOf, TestBrowser, theftForm } from '../testing/browser.server.ts'
import * as signInPage from '../../routes/staff._index.tsx'
import * as queuePage from '../../routes/staff.queue.tsx'

const fixture = vi.hoisted(() => {
  const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
  return {
    english: `nuclear-${letters}`,
    welsh: `bryniau-${letters}`,
    work: '',
    repository: '',
    statusBefore: '',
  }
})

// The registry the app imports is the one the generator builds from the themes folder, here with the new forces in it.
vi.mock('@bluelamp/tenants/registry', async () => {
  const { generate } = await import('@bluelamp/tenants/generate')
  fixture.repository = fileURLToPath(new URL('../../../../../', import.meta.url))
  fixture.statusBefore = execFileSync('git', ['status', '--porcelain'], { cwd: fixture.repository, encoding: 'utf8' })
  fixture.work = mkdtempSync(join(tmpdir(), 'bluelamp-new-force-app-'))
  const themes = join(fixture.work, 'themes')
  cpSync(join(fixture.repository, 'themes'), themes, { recursive: true })

  // 1. `pnpm new-force <id>`: no area (the national geography has never heard of it), English only.
  execFileSync(process.execPath, ['--import', 'tsx', 'bin/new-force.ts', fixture.english, '--name', `Nuclear ${fixture.english.slice(8)} Constabulary`, '--themes-dir', themes], {
    cwd: join(fixture.repository, 'packages/tenants'),
    stdio: 'pipe',
  })

  // 2. Copy a Welsh force's folder and edit it, as a developer would.
  const folder = join(themes, fixture.welsh)
  cpSync(join(themes, 'dyfed-powys'), folder, { recursive: true })
  const source = readFileSync(join(folder, 'theme.ts'), 'utf8')
  const edited = source
    .replace("id: 'dyfed-powys'", `id: '${fixture.welsh}'`)
    .replace("name: 'Dyfed-Powys Police'", "name: 'Hills Police'")
    .replace("nameCy: 'Heddlu Dyfed-Powys'", "nameCy: 'Heddlu’r Bryniau'")
    .replace("shortName: 'Dyfed-Powys'", "shortName: 'Hills'")
    .replace("referencePrefix: 'DPP'", "referencePrefix: 'HYB'")
    .replace(/hostnames: \[[^\]]*\]/, `hostnames: ['www.${fixture.welsh}.police.uk']`)
    .replace(/aliases: \[[^\]]*\]/, 'aliases: []')
    .replace(/hostnamesCy: \[[^\]]*\]/, `hostnamesCy: ['www.heddlu-${fixture.welsh}.police.uk']`)
    .replace('no-reply@dyfed-powys.police.uk', `no-reply@${fixture.welsh}.police.uk`)
  writeFileSync(join(folder, 'theme.ts'), edited)
  writeFileSync(join(folder, 'README.md'), `# Hills Police (\`themes/${fixture.welsh}\`)\n`)

  // What `pnpm build` writes to packages/tenants/generated, written here instead; the app gets the same registry.
  const { tenants, registry } = await generate({ themesDir: themes, outDir: join(fixture.work, 'generated'), label: 'themes' })
  return { registry, tenantIds: tenants.map((t) => t.id), contrastSampleIds: [] }
})

const theft = (postcode: string) =>
  theftForm(postcode, { stolen: 'bag-or-wallet', details: 'My bag was taken from the site canteen.', name: 'Alex Jones', email: 'alex@example.com' })

/** The whole theft journey, each answer posted to the page the app sends the browser to, then sent. */
async function report(browser: TestBrowser, postcode: string): Promise<ConfirmationData> {
  const answers = theft(postcode)
  let path = '/services/theft/questions/danger'
  while (path.startsWith('/services/theft/questions/')) {
    const id = path.slice('/services/theft/questions/'.length)
    const response = await browser.post(questionAction, path, { question: id, ...answers[id]! }, { serviceId: 'theft', questionId: id })
    expect(statusOf(response), id).toBe(302)
    path = location(response)!
  }
  expect(path).toBe('/services/theft/check-answers')
  expect(statusOf(await browser.get(checkAnswersLoader, path, { serviceId: 'theft' }))).toBe(200)
  expect(location(await browser.post(submitAction, '/services/theft/declaration', { 'declaration-agree': 'yes' }, { serviceId: 'theft' }))).toBe(
    '/services/theft/confirmation',
  )
  return dataOf<ConfirmationData>(await browser.get(confirmationLoader, '/services/theft/confirmation', { serviceId: 'theft' }))
}

/** Signs the force's first admin in through the back office's sign-in page, and reads its queue. */
async function queueOf(database: Database, forceId: string) {
  const host = `${forceId}.localhost`
  const staff = new TestBrowser(contextFor(database, host), host)
  const signedIn = await staff.post(signInPage.action as never, '/staff', { email: `admin@${forceId}.example`, password: 'demo-password-1' }, {})
  expect(location(signedIn)).toBe('/staff/queue')
  const queue = (await staff.get(queuePage.loader as never, '/staff/queue', {})) as Awaited<ReturnType<typeof queuePage.loader>>
  return queue.rows.map((r) => r.reference)
}

afterAll(() => {
  if (fixture.work) rmSync(fixture.work, { recursive: true, force: true })
})

describe('the new forces’ folders', () => {
  it('are in the registry with new prefixes, though neither id appears anywhere in the repository', () => {
    for (const id of [fixture.english, fixture.welsh]) {
      expect(() => execFileSync('git', ['grep', '--quiet', id], { cwd: fixture.repository })).toThrow()
      expect(registry.tenants[id]).toBeDefined()
    }
    const prefix = registry.tenants[fixture.english]!.referencePrefix
    expect(prefix).toMatch(/^[A-Z]{3}$/)
    // No force of the repository issues it.
    expect(Object.values(registry.tenants).filter((t) => t.referencePrefix === prefix)).toHaveLength(1)
    expect(registry.tenants[fixture.english]).toMatchObject({ locales: ['en'], demoStaff: true })
    expect(registry.tenants[fixture.welsh]).toMatchObject({ locales: ['en', 'cy'], nameCy: 'Heddlu’r Bryniau', referencePrefix: 'HYB' })
  })
})

for (const driver of testDrivers()) {
  describe(`a new force end to end on ${driver.name}`, () => {
    let database: Database
    let mailDir: string
    beforeAll(async () => {
      setSigningSecret('a test signing secret of at least thirty-two characters')
      database = await driver.create()
      mailDir = mkdtempSync(join(tmpdir(), 'bluelamp-new-force-mail-'))
      // The first admin accounts, the same way as the demo forces' outside production.
      await seedDemoStaff({ env: parseEnv({ NODE_ENV: 'development' }), database })
    })
    afterAll(async () => {
      await database.close()
      rmSync(mailDir, { recursive: true, force: true })
    })

    it('takes a report with no area and in English only, under its new prefix, into its own queue', async () => {
      const host = `${fixture.english}.localhost`
      const browser = new TestBrowser(contextFor(database, host), host)
      // A postcode in Leicestershire: a force with no area never sends reports away by postcode.
      const confirmation = await report(browser, 'LE1 6TH')
      const prefix = registry.tenants[fixture.english]!.referencePrefix
      expect(confirmation.reference.startsWith(`${prefix}-`)).toBe(true)
      expect(confirmation.forceName).toBe(`Nuclear ${fixture.english.slice(8)} Constabulary`)
      expect(confirmation.receivedElsewhere).toBeNull()
      const [row] = await database.db.select().from(reports).where(eq(reports.reference, confirmation.reference))
      expect(row!.tenantId).toBe(fixture.english)
      expect(await queueOf(database, fixture.english)).toContain(confirmation.reference)
      expect(await queueOf(database, 'leicestershire')).not.toContain(confirmation.reference)
    })

    it('takes a report in Welsh on its Welsh hostname, and emails it in Welsh from the force', async () => {
      const host = `www.heddlu-${fixture.welsh}.police.uk`
      const browser = new TestBrowser(contextFor(database, host), host)
      const confirmation = await report(browser, 'LE1 6TH')
      expect(confirmation.reference).toMatch(/^HYB-/)
      expect(confirmation.forceName).toBe('Heddlu’r Bryniau')
      expect(confirmation.service.title).toBe('Rhoi gwybod am ladrad')
      expect(await queueOf(database, fixture.welsh)).toContain(confirmation.reference)

      const mailer = createMailer({ MAIL_DIR: mailDir, MAIL_FROM: 'bluelamp <no-reply@bluelamp.invalid>' })
      const worker = createOutboxWorker({ database, handlers: { email: emailHandler(mailer) } })
      await worker.tick(new Date(Date.now() + 1000))
      mailer.close()
      const eml = readdirSync(mailDir)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => readFileSync(join(mailDir, f), 'utf8'))
        .find((text) => text.includes(confirmation.reference))!
      expect(eml).toBeDefined()
      // Non-ASCII headers are MIME-encoded: read the decoded JSON copy for the words, and the header for the address.
      const headers = eml.slice(0, eml.indexOf('\n\n')).replace(/\r?\n[ \t]+/g, ' ')
      expect(headers).toMatch(new RegExp(`^From: =\\?UTF-8\\?Q\\?Heddlu.*<no-reply@${fixture.welsh}\\.police\\.uk>$`, 'm'))
      const json = readdirSync(mailDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(mailDir, f), 'utf8')) as { from: string; subject: string; text: string })
        .find((m) => m.text.includes(confirmation.reference))!
      expect(json.from).toBe(`Heddlu’r Bryniau <no-reply@${fixture.welsh}.police.uk>`)
      expect(json.subject).toBe(`Eich adroddiad i Heddlu’r Bryniau: cyfeirnod ${confirmation.reference}`)
      expect(json.text).toContain('Rydym wedi cael eich adroddiad')
    })
  })
}

describe('the repository', () => {
  it('is unchanged: the new forces needed nothing outside their folders', () => {
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: fixture.repository, encoding: 'utf8' })).toBe(fixture.statusBefore)
  })
})
