import { describe, expect, it } from 'vitest'
import { getService } from '@bluelamp/triage'
import { storedLinks } from './view.server.ts'

describe('the links on a confirmation', () => {
  it('reads the links triage gave a report about images of a child, as stored, in English and Welsh', () => {
    const links = getService('child-abuse')!.assess.find((r) => r.id === 'child-abuse.images')!.links
    // Stored as JSON in the report's outcome, beside everything else the engine decided.
    const stored = JSON.parse(JSON.stringify({ type: 'SUBMIT', priority: 'high', links }))
    expect(storedLinks(stored, 'en')).toEqual([
      { text: 'Report the web address to the Internet Watch Foundation (IWF), so the images are taken down', url: 'https://report.iwf.org.uk/' },
    ])
    expect(storedLinks(stored, 'cy')).toEqual([
      { text: 'Rhoi gwybod i’r Internet Watch Foundation (IWF) am y cyfeiriad gwe, er mwyn i’r lluniau gael eu tynnu i lawr', url: 'https://report.iwf.org.uk/' },
    ])
  })

  it('shows none for an outcome without links, and leaves out anything that is not a link to an https address', () => {
    expect(storedLinks({ type: 'SUBMIT' }, 'en')).toEqual([])
    expect(storedLinks(null, 'en')).toEqual([])
    expect(storedLinks({ type: 'SUBMIT', links: 'https://report.iwf.org.uk/' }, 'en')).toEqual([])
    const text = { en: 'A link', cy: 'Dolen' }
    expect(
      storedLinks(
        {
          links: [
            { text, url: 'javascript:alert(1)' },
            { text, url: 'http://example.org/' },
            { text: 'A link', url: 'https://example.org/' },
            { text: { en: 'Only English' }, url: 'https://example.org/' },
            null,
            { text, url: 'https://example.org/ok' },
          ],
        },
        'cy',
      ),
    ).toEqual([{ text: 'Dolen', url: 'https://example.org/ok' }])
  })
})
