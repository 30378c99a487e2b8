import { describe, expect, it } from 'vitest'
import { ContentError } from './content-error.ts'
import { assembleDemoContent, imageIdsOf } from './demo-files.ts'

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn()
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems]
    throw error
  }
  return []
}

const news = (slug: string, extra = '') => `kind: news
slug: ${slug}
text:
  en:
    title: A title
    summary: A summary.
    body: |
      Some text.${extra}
publication:
  status: published
  publishAt: 2026-11-20T09:00:00Z
updatedAt: 2026-11-20T09:00:00Z
`

describe('demo content files', () => {
  it('are grouped by force, each in the shape of its schema', () => {
    const forces = assembleDemoContent([{ file: 'demo/leicestershire/news/a-story.yaml', text: news('a-story') }], ['demo/leicestershire/images/demo-tractor.svg'])
    expect(forces).toEqual([
      { forceId: 'leicestershire', items: [expect.objectContaining({ kind: 'news', slug: 'a-story' })], images: [{ forceId: 'leicestershire', id: 'demo-tractor', file: 'demo/leicestershire/images/demo-tractor.svg' }] },
    ])
  })

  it('name the file and the field of every problem', () => {
    expect(
      problemsOf(() =>
        assembleDemoContent(
          [
            { file: 'demo/leicestershire/news/a-story.yaml', text: news('another-story') },
            { file: 'demo/leicestershire/appeals/b-story.yaml', text: news('b-story') },
            { file: 'demo/leicestershire/news/c-story.yaml', text: news('c-story').replace('title: A title', 'title: ""') },
            { file: 'demo/leicestershire/news/d-story.yaml', text: 'kind: [unclosed' },
            { file: 'demo/leicestershire/stories/e.yaml', text: news('e') },
          ],
          ['demo/leicestershire/images/Bad Name.svg'],
        ),
      ),
    ).toEqual([
      'demo/leicestershire/images/Bad Name.svg: demo images are named images/<image-id>.svg, with a lower-case id',
      'demo/leicestershire/news/a-story.yaml: slug: is "another-story" but the file is named a-story.yaml',
      'demo/leicestershire/appeals/b-story.yaml: kind: must be "appeal" for a file in this folder',
      expect.stringMatching(/^demo\/leicestershire\/appeals\/b-story\.yaml: /),
      expect.stringMatching(/^demo\/leicestershire\/appeals\/b-story\.yaml: /),
      expect.stringMatching(/^demo\/leicestershire\/appeals\/b-story\.yaml: /),
      expect.stringMatching(/^demo\/leicestershire\/appeals\/b-story\.yaml: /),
      'demo/leicestershire/news/c-story.yaml: text.en.title: must not be empty',
      expect.stringMatching(/^demo\/leicestershire\/news\/d-story\.yaml: not valid YAML: /),
      'demo/leicestershire/stories/e.yaml: demo files go in <force-id>/news, appeals, areas or advice as <slug>.yaml, or are <force-id>/contact.yaml',
    ])
  })

  it('need a drawing for every image an item uses', () => {
    const text = news('a-story', '\n\n      ![A bike](image:demo-bike)')
    expect(problemsOf(() => assembleDemoContent([{ file: 'demo/metropolitan/news/a-story.yaml', text }], []))).toEqual([
      'metropolitan: a-story uses image "demo-bike", but there is no metropolitan/images/demo-bike.svg',
    ])
  })

  it('list the images an item uses, from its photo and its Markdown', () => {
    const [force] = assembleDemoContent([{ file: 'demo/x-force/news/a-story.yaml', text: news('a-story', '\n\n      ![One](image:img-one) ![Two](image:img-two) ![Again](image:img-one)') }], [
      'demo/x-force/images/img-one.svg',
      'demo/x-force/images/img-two.svg',
    ])
    expect(imageIdsOf(force!.items[0]!)).toEqual(['img-one', 'img-two'])
  })
})
