// The page budgets, on the real build: the server renders each core page and the test weighs what it loads.
// Runs after @bluelamp/web#build (packages/bench/turbo.json).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUDGETS, checkBudgets, gz, themeWeights, weighPage, type PageWeight } from './budgets.ts'
import { Browser, csrfFrom } from './http.ts'
import { FORCE, SERVICE, paths } from './journey.ts'
import { freePort, freshDir as freeDir, repoRoot, startServer, webBuild, type RunningServer } from './server.ts'

const clientDir = join(webBuild, 'client')
let server: RunningServer
const core: PageWeight[] = []
const enhanced: PageWeight[] = []

async function walk(port: number) {
  const host = `${FORCE}.localhost:${port}`
  const person = new Browser(port, host, '10.200.0.1')
  // A page with the quick exit control (every force page a person can reach from a sensitive journey, which is all
  // but the journey pages of other services) carries its small inline script, and is held to that budget instead.
  const page = async (route: string, into = core, b = person) => {
    const res = await b.send(route)
    expect(res.status, `${route} answered ${res.status}`).toBe(200)
    const withExit = res.body.includes('href="/exit"')
    if (into === enhanced) expect(withExit, `${route} shows the quick exit`).toBe(true)
    ;(withExit ? enhanced : into).push(weighPage(route, res.body, clientDir))
    return res.body
  }
  const answer = async (b: Browser, service: string, id: string, fields: Record<string, string>, csrf: string) => {
    const res = await b.send(`/services/${service}/questions/${id}`, { csrf, question: id, ...fields })
    expect(res.status, `answering ${service}/${id}: ${res.body.slice(0, 200)}`).toBe(302)
    return String(res.headers.location)
  }
  const national = new Browser(port, `localhost:${port}`, '10.200.0.9')
  const nationalHome = await national.send('/')
  core.push(weighPage('/ (national)', nationalHome.body, clientDir))
  await page(paths.home)
  await page(paths.services)
  await page(paths.start)
  const csrf = csrfFrom(await page(paths.question))
  const q = (id: string) => `/services/${SERVICE}/questions/${id}`
  await answer(person, SERVICE, 'topic', { topic: 'other' }, csrf)
  await page(q('message'))
  await answer(person, SERVICE, 'message', { message: 'When is the front counter open?' }, csrf)
  await page(q('contact'))
  await answer(person, SERVICE, 'contact', { 'contact-name': 'Budget Person', 'contact-phone': '07700900123' }, csrf)
  await page(paths.checkAnswers)
  const sent = await person.send(paths.checkAnswers, { csrf, website: '' })
  expect(sent.status).toBe(302)
  await page(paths.confirmation)
  await page('/track')
  // The front door ("Report something"): the question, an agency page and a 999 page, each with the quick exit.
  await page('/report', enhanced)
  await page('/report/agency/anti-terrorism', enhanced)
  await page('/report/emergency?about=suicide', enhanced)
  // The outcome pages: another agency, advice, and 999.
  for (const [service, id, fields, outcome] of [
    [SERVICE, 'topic', { topic: 'fraud' }, 'redirect'],
    [SERVICE, 'topic', { topic: 'civil' }, 'advice'],
    ['criminal-damage', 'danger', { danger: 'yes' }, 'emergency'],
  ] as const) {
    const b = new Browser(port, host, '10.200.0.2')
    const first = await b.send(`/services/${service}/questions`)
    const location = first.status === 302 ? String(first.headers.location) : `/services/${service}/questions/${id}`
    const form = await b.send(new URL(location, 'http://x').pathname)
    const to = await answer(b, service, id, fields, csrfFrom(form.body))
    expect(to).toContain(`/${outcome}`)
    await page(new URL(to, 'http://x').pathname, core, b)
  }
  // Sensitive services offer a quick exit that needs the keyboard: an inline script, held to its own budget.
  const sensitive = new Browser(port, host, '10.200.0.3')
  await page('/services/assault', enhanced, sensitive)
  const first = await sensitive.send('/services/assault/questions')
  await page(new URL(String(first.headers.location), 'http://x').pathname, enhanced, sensitive)
}

beforeAll(async () => {
  const port = await freePort()
  server = await startServer({ buildDir: webBuild, port, dataDir: join(freeDir('budgets'), 'data') })
  await walk(port)
}, 120_000)

afterAll(async () => {
  await server?.stop()
})

describe('page budgets', () => {
  it('core journey pages load no JavaScript', () => {
    console.table([...core, ...enhanced].map((p) => ({ route: p.route, 'JS gz': p.jsGz, 'CSS gz': p.cssGz, core: core.includes(p) })))
    expect(core.length).toBeGreaterThanOrEqual(8)
    const broken = checkBudgets({ core, themes: [], sharedCss: [] })
    expect(broken, broken.join('\n')).toEqual([])
  })

  it(`pages that show the quick exit load no bundle, only its script (at most ${BUDGETS.quickExitJs} bytes gzipped)`, () => {
    expect(enhanced.length).toBeGreaterThanOrEqual(5)
    for (const p of enhanced) expect(p.jsGz, p.route).toBeGreaterThan(0)
    const broken = checkBudgets({ core: [], enhanced, themes: [], sharedCss: [] })
    expect(broken, broken.join('\n')).toEqual([])
  })

  it(`the shared stylesheet is at most ${BUDGETS.sharedCss} bytes gzipped`, () => {
    const sheets = new Set(core.flatMap((p) => p.stylesheets))
    expect(sheets.size).toBeGreaterThan(0)
    const sharedCss = [...sheets].map((file) => ({ file, gz: gz(readFileSync(join(clientDir, file))) }))
    const broken = checkBudgets({ core: [], themes: [], sharedCss })
    expect(broken, broken.join('\n')).toEqual([])
  })

  it(`each force's theme is at most ${BUDGETS.theme} bytes gzipped`, () => {
    const themes = themeWeights(readFileSync(join(repoRoot, 'packages/tenants/generated/themes.css'), 'utf8'))
    expect(themes.length).toBeGreaterThanOrEqual(46)
    const broken = checkBudgets({ core: [], themes, sharedCss: [] })
    expect(broken, broken.join('\n')).toEqual([])
  })
})
