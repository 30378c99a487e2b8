import type { NationalNotice } from '../model/notice.ts'

/** Whether a notice is addressed to this force (all forces, or this one by name). */
export function noticeTargets(notice: Pick<NationalNotice, 'forces'>, forceId: string): boolean {
  return notice.forces === 'all' || notice.forces.includes(forceId)
}

/** Notices to show on this force's pages at this moment, the most recently started first. */
export function activeNotices<T extends NationalNotice>(notices: readonly T[], forceId: string, now: Date): T[] {
  const t = now.getTime()
  return notices
    .filter((n) => noticeTargets(n, forceId) && Date.parse(n.startsAt) <= t && t < Date.parse(n.endsAt))
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || a.id.localeCompare(b.id))
}

/** Forces named in a notice that the platform does not serve (a typing mistake the administrator should see). */
export function unknownNoticeForces(notice: Pick<NationalNotice, 'forces'>, knownForceIds: readonly string[]): string[] {
  return notice.forces === 'all' ? [] : notice.forces.filter((id) => !knownForceIds.includes(id))
}
