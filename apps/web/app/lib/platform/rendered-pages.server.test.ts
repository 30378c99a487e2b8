import type { EntryContext } from '@remix-run/node'
import { describe, expect, it } from 'vitest'
import { renderedPages, renderFromData, type RenderRequest } from './rendered-pages.server.ts'

const URL_A = 'http://leicestershire.localhost/services/theft/questions/how'

interface Person {
  nonce: string
  token: string
  data?: Record<string, unknown>
  url?: string
  method?: string
  status?: number
  fromData?: boolean
  actionData?: unknown
}

function requestOf(p: Person): RenderRequest {
  const loaderData = { root: { csrf: p.token, cspNonce: p.nonce, locale: 'en' }, question: p.data ?? { values: {} } }
  return {
    request: new Request(p.url ?? URL_A, { method: p.method ?? 'GET' }),
    status: p.status ?? 200,
    context: { staticHandlerContext: { loaderData, actionData: p.actionData ?? null, errors: null } } as unknown as EntryContext,
    load: { cspNonce: p.nonce, render: { fromData: p.fromData ?? true } },
  }
}

/** What React would write for this request: its data, its nonce on a script and its token in a form. */
function page(p: Person): string {
  const data = requestOf(p).context.staticHandlerContext.loaderData
  return `<script nonce="${p.nonce}"></script><form><input name="csrf" value="${p.token}"></form><pre>${JSON.stringify(data)}</pre>`
}

function renderer() {
  const pages = renderedPages({ ttlMs: 60_000 })
  let renders = 0
  const render = (p: Person) =>
    pages.render(requestOf(p), () => {
      renders++
      return page(p)
    })
  return { render, renders: () => renders, pages }
}

const alice: Person = { nonce: 'N1aaaaaaaaaaaaaaaaaaa+/==', token: 'Taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1' }
const bob: Person = { nonce: 'N2bbbbbbbbbbbbbbbbbbbbb==', token: 'Tbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2' }

describe('pages rendered from their data alone', () => {
  it('renders once for two people with the same data, each page with its own nonce and token', () => {
    const { render, renders } = renderer()
    expect(render(alice)).toBe(page(alice))
    const forBob = render(bob)
    expect(renders()).toBe(1)
    // Exactly what rendering Bob's request would have written, and nothing of Alice's.
    expect(forBob).toBe(page(bob))
    expect(forBob).not.toContain(alice.nonce)
    expect(forBob).not.toContain(alice.token)
  })

  it('renders again for different data, a different address, or an answer', () => {
    const { render, renders } = renderer()
    render(alice)
    expect(render({ ...bob, data: { values: { how: 'taken' } } })).toBe(page({ ...bob, data: { values: { how: 'taken' } } }))
    expect(render({ ...bob, url: `${URL_A}?change=1` })).toBe(page({ ...bob, url: `${URL_A}?change=1` }))
    expect(renders()).toBe(3)
  })

  it('renders every time a page whose loader did not say it is drawn from its data', () => {
    const { render, renders } = renderer()
    render({ ...alice, fromData: false })
    render({ ...bob, fromData: false })
    expect(renders()).toBe(2)
  })

  it('keeps nothing for a posted form, an error status, or data JSON cannot tell apart', () => {
    const { render, renders, pages } = renderer()
    for (const p of [
      { ...alice, actionData: { errors: [] } },
      { ...alice, status: 404 },
      { ...alice, method: 'POST' },
      // Two different Maps would both be written "{}".
      { ...alice, data: { values: new Map([['how', 'taken']]) } },
    ]) {
      render(p)
      render(p)
    }
    expect(renders()).toBe(8)
    expect(pages.size()).toBe(0)
  })

  it('keeps nothing when the nonce or token could be escaped on the page', () => {
    const { render, renders } = renderer()
    const odd = { ...alice, token: 'short' }
    render(odd)
    render(odd)
    const quoted = { ...alice, nonce: 'N1aaaaaaaaaaaaaa"aaaaaaaaa' }
    render(quoted)
    render(quoted)
    expect(renders()).toBe(4)
  })

  it('is off when pages are not kept (PAGE_CACHE_SECONDS=0)', () => {
    const pages = renderedPages({ ttlMs: 0 })
    let renders = 0
    for (const p of [alice, bob]) pages.render(requestOf(p), () => (renders++, page(p)))
    expect(renders).toBe(2)
  })

  it('renderFromData marks the load context, and is harmless without one', () => {
    const context = { render: { fromData: false } }
    renderFromData(context)
    expect(context.render.fromData).toBe(true)
    expect(() => renderFromData({})).not.toThrow()
  })
})
