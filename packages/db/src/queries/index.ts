import type { Db } from '../types.ts'
import { contentQueries } from './content.ts'
import { noticeQueries } from './notices.ts'
import { searchQueries } from './search.ts'
import { deflectionQueries } from './deflections.ts'
import { draftQueries } from './drafts.ts'
import { evidenceQueries } from './evidence.ts'
import { imageQueries } from './images.ts'
import { outboxQueries } from './outbox.ts'
import { rateLimitQueries } from './rate-limits.ts'
import { reportQueries } from './reports.ts'

/**
 * Every query of the data layer bound to one database. Report-data functions take the tenant id first and cannot
 * reach another tenant's rows; worker and maintenance functions (claimOutbox, markOutbox*, purgeExpiredDrafts,
 * rate limits) are deliberately cross-tenant.
 */
export function createQueries(db: Db) {
  return {
    ...draftQueries(db),
    ...reportQueries(db),
    ...outboxQueries(db),
    ...deflectionQueries(db),
    ...evidenceQueries(db),
    ...rateLimitQueries(db),
    ...contentQueries(db),
    ...imageQueries(db),
    ...noticeQueries(db),
    ...searchQueries(db),
  }
}

export type Queries = ReturnType<typeof createQueries>

export { DRAFT_TTL_MS, type CreateDraftInput, type PurgeResult } from './drafts.ts'
export type {
  NewReportEvent,
  OutboxEmail,
  SubmitReportInput,
  SubmitReportResult,
  TrackingProof,
  TrackingView,
} from './reports.ts'
export type { ClaimOptions, EnqueueInput } from './outbox.ts'
export { deflectionDay } from './deflections.ts'
export type { NewEvidence } from './evidence.ts'
export type { RateLimitResult } from './rate-limits.ts'
export { contentItemProblem, type ContentPage, type ListContentOptions, type LiveContentEntry, type StoredContentItem } from './content.ts'
export type { ContentImageFile, ContentImageInfo, ContentImageUse, ContentImageVariant, DeleteContentImageResult, NewContentImage } from './images.ts'
export { noticeProblem, type NoticeInput, type StoredNotice } from './notices.ts'
export { SNIPPET_END, SNIPPET_START, type SearchDocument, type SearchHit, type SearchOptions, type SearchResults } from './search.ts'
