import { z } from 'zod'
import { localAdviceSchema } from './advice.ts'
import { appealSchema } from './appeal.ts'
import { areaPageSchema, contactPageSchema } from './area.ts'
import { newsArticleSchema } from './news.ts'

export * from './common.ts'
export * from './news.ts'
export * from './appeal.ts'
export * from './advice.ts'
export * from './area.ts'
export * from './notice.ts'

/** Anything a force's editor writes, told apart by `kind`. */
export const forceContentSchema = z.union([newsArticleSchema, appealSchema, localAdviceSchema, areaPageSchema, contactPageSchema])
export type ForceContent = z.infer<typeof forceContentSchema>
export type ContentKind = ForceContent['kind']
