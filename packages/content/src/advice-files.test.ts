import { describe, expect, it } from 'vitest'
import { assembleNationalAdvice, parseAdviceFile, parseFrontMatter } from './advice-files.ts'
import { ContentError } from './content-error.ts'

const front = (fields: Record<string, string>) =>
  `---\n${Object.entries({ slug: 'burglary-prevention', title: 'Protecting your home', summary: 'Short.', updated: '2026-11-30', owner: 'national', language: 'en', ...fields })
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`
const file = (name: string, text: string) => ({ file: `advice/${name}`, text })
const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn()
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems]
    throw error
  }
  return []
}

describe('advice files', () => {
  it('read front matter and body', () => {
    const page = parseAdviceFile(file('burglary-prevention.en.md', `${front({ relatedServices: '[burglary]' })}Lock up.\n`))
    expect(page.frontMatter).toEqual({ slug: 'burglary-prevention', title: 'Protecting your home', summary: 'Short.', updated: '2026-11-30', owner: 'national', language: 'en', relatedServices: ['burglary'] })
    expect(page.body).toBe('Lock up.\n')
  })

  it('keep dates as written, refuse code and aliases, and refuse duplicate keys', () => {
    expect(parseFrontMatter(file('x.en.md', '---\nupdated: 2026-11-30\n---\n')).data).toEqual({ updated: '2026-11-30' })
    expect(problemsOf(() => parseFrontMatter(file('x.en.md', '---\na: &x [1]\nb: *x\n---\n')))[0]).toMatch(/^advice\/x\.en\.md: the front matter is not valid YAML/)
    expect(problemsOf(() => parseFrontMatter(file('x.en.md', '---\ntitle: a\ntitle: b\n---\n')))[0]).toMatch(/not valid YAML/)
    expect(problemsOf(() => parseFrontMatter(file('x.en.md', '# No front matter')))).toEqual(['advice/x.en.md: must start with front matter between two lines of "---"'])
  })

  it('name the file and the field of every problem', () => {
    expect(problemsOf(() => parseAdviceFile(file('burglary-prevention.en.md', `${front({ summary: '""', owner: 'leicestershire', relatedServices: '[burglary, teleportation]' })}Body\n`)))).toEqual([
      'advice/burglary-prevention.en.md: summary: must not be empty',
      'advice/burglary-prevention.en.md: owner: Invalid input: expected "national"',
      'advice/burglary-prevention.en.md: relatedServices.1: is not a service in the national catalogue',
    ])
    expect(problemsOf(() => parseAdviceFile(file('burglary-prevention.en.md', `${front({ updated: '2026-02-30' })}Body\n`)))).toEqual(['advice/burglary-prevention.en.md: updated: must be a real date'])
    expect(problemsOf(() => parseAdviceFile(file('burglary-prevention.en.md', `${front({ extra: 'x' })}Body\n`)))[0]).toMatch(/^advice\/burglary-prevention\.en\.md: \(the file\): Unrecognized key: "extra"/)
  })

  it('check the name against the slug and language, and that there is a body', () => {
    expect(problemsOf(() => parseAdviceFile(file('burglary.cy.md', `${front({})}\n`)))).toEqual([
      'advice/burglary.cy.md: slug: is "burglary-prevention" but the file is named burglary.cy.md',
      'advice/burglary.cy.md: language: is "en" but the file name says cy',
      'advice/burglary.cy.md: the page has no text below its front matter',
    ])
    expect(problemsOf(() => parseAdviceFile(file('burglary.fr.md', '')))).toEqual(['advice/burglary.fr.md: advice files are named <slug>.<language>.md, with language en or cy'])
  })

  it('hold national pages to the whole subset, giving the line in the file', () => {
    const problems = problemsOf(() => parseAdviceFile(file('burglary-prevention.en.md', `${front({})}Intro\n\n# Big\n\n[x](javascript:alert(1))\n`)))
    expect(problems).toEqual([
      'advice/burglary-prevention.en.md: body: Line 11: Headings start at level 2 (##) and go down to level 4 (####): the page title is the only level 1 heading. A level 1 heading is shown as level 2. (fix it: national pages must render exactly as written)',
      'advice/burglary-prevention.en.md: body: Line 13: The link to “javascript:alert(1)” was removed. Links must start with https://, http://, mailto: or tel:, or be a page on this site starting with /.',
    ])
  })

  it('put the languages of each page together, and report every problem of every file at once', () => {
    const en = file('burglary-prevention.en.md', `${front({ relatedServices: '[burglary]' })}Lock up.\n`)
    const cy = file('burglary-prevention.cy.md', `${front({ language: 'cy', title: 'Diogelu eich cartref', relatedServices: '[burglary]' })}Clowch.\n`)
    const pages = assembleNationalAdvice([cy, en])
    expect(pages).toHaveLength(1)
    expect(pages[0]!.versions.cy).toMatchObject({ title: 'Diogelu eich cartref', file: 'advice/burglary-prevention.cy.md' })

    const onlyWelsh = file('hate-crime.cy.md', `${front({ slug: 'hate-crime', language: 'cy' })}Testun.\n`)
    const mismatch = file('burglary-prevention.cy.md', `${front({ language: 'cy', relatedServices: '[theft]' })}Clowch.\n`)
    const broken = file('fraud.en.md', 'no front matter')
    expect(problemsOf(() => assembleNationalAdvice([en, mismatch, onlyWelsh, broken]))).toEqual([
      'advice/fraud.en.md: must start with front matter between two lines of "---"',
      'advice/burglary-prevention.cy.md: relatedServices: must list the same services as advice/burglary-prevention.en.md',
      'advice/hate-crime.cy.md: there is no English version (hate-crime.en.md); every national page is written in English first',
    ])
  })
})
