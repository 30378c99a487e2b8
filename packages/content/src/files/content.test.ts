// The real content folders: every file valid, every Welsh force able to show every page in Welsh, every
// published demo item publishable on its force's site.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registry } from '@bluelamp/tenants/registry'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../markdown/render.ts'
import { checkContent, ContentError, contentRoot, loadDemoContent, loadNationalAdvice } from './index.ts'

const forces = Object.values(registry.tenants)

describe('the national advice pages', async () => {
  const national = await loadNationalAdvice()

  it('are all there, in English and Welsh', () => {
    expect(national.map((p) => p.slug)).toEqual([
      'after-you-report',
      'burglary-prevention',
      'fraud-and-scams',
      'hate-crime',
      'keeping-safe-online',
      'staying-safe-from-domestic-abuse',
      'vehicle-crime-prevention',
      'victims-rights-and-support',
    ])
    for (const page of national) expect(Object.keys(page.versions).sort()).toEqual(['cy', 'en'])
  })

  it('render with no problems in either language', () => {
    for (const page of national) {
      for (const version of Object.values(page.versions)) expect(renderMarkdown(version.body).problems, version.file).toEqual([])
    }
  })

  it('send fraud to Report Fraud, which replaced Action Fraud', () => {
    const fraud = national.find((p) => p.slug === 'fraud-and-scams')!
    for (const version of Object.values(fraud.versions)) {
      expect(version.body).toContain('https://www.reportfraud.police.uk/')
      expect(version.body).toContain('0300 123 2040')
    }
  })

  it('and the demo content pass the checks for every force', async () => {
    const demo = await loadDemoContent()
    expect(demo.map((d) => d.forceId)).toEqual(['dyfed-powys', 'leicestershire', 'metropolitan'])
    expect(checkContent({ forces, national, demo })).toEqual([])
  })

  it('are what a Welsh force refuses to show without Welsh', () => {
    const englishOnly = national.map((p) => ({ slug: p.slug, versions: { en: p.versions.en } }))
    const problems = checkContent({ forces, national: englishOnly, demo: [] })
    expect(problems.filter((p) => p.includes('Dyfed-Powys Police'))).toHaveLength(national.length)
    expect(problems.some((p) => p.includes('Leicestershire'))).toBe(false)
  })
})

describe('the demo content', async () => {
  const demo = await loadDemoContent()

  it('gives each demo force news, two appeals, a your-area page and a contact page', () => {
    for (const force of demo) {
      const count = (kind: string) => force.items.filter((i) => i.kind === kind).length
      expect(count('news'), force.forceId).toBeGreaterThanOrEqual(2)
      expect(count('appeal'), force.forceId).toBe(2)
      expect(count('area'), force.forceId).toBeGreaterThanOrEqual(1)
      expect(count('contact'), force.forceId).toBe(1)
    }
  })

  it('is in Welsh as well as English for Dyfed-Powys', () => {
    const dyfedPowys = demo.find((d) => d.forceId === 'dyfed-powys')!
    for (const item of dyfedPowys.items) expect(Object.keys(item.text).sort(), 'slug' in item ? item.slug : item.kind).toEqual(['cy', 'en'])
  })

  it('points at drawings on disk', () => {
    const images = demo.flatMap((d) => d.images)
    expect(images.length).toBeGreaterThan(0)
    for (const image of images) expect(image.file.startsWith(contentRoot())).toBe(true)
  })
})

describe('loading a content folder', () => {
  it('fails naming the file and the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bluelamp-content-'))
    try {
      await mkdir(join(dir, 'advice'))
      await writeFile(join(dir, 'advice', 'hate-crime.en.md'), '---\nslug: hate-crime\ntitle: Hate crime\nsummary: ""\nupdated: 2026-11-30\nowner: national\nlanguage: en\n---\nText\n')
      const error = await loadNationalAdvice(join(dir, 'advice')).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ContentError)
      expect((error as ContentError).problems).toEqual(['advice/hate-crime.en.md: summary: must not be empty'])
      expect((error as ContentError).message).toBe('A content file has a problem:\n  - advice/hate-crime.en.md: summary: must not be empty')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
