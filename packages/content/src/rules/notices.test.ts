import { describe, expect, it } from 'vitest'
import { nationalNoticeSchema, type NationalNotice } from '../model/notice.ts'
import { activeNotices, unknownNoticeForces } from './notices.ts'

const notice = (id: string, forces: NationalNotice['forces'], startsAt = '2026-12-01T00:00:00Z', endsAt = '2026-12-08T00:00:00Z') =>
  nationalNoticeSchema.parse({
    kind: 'notice',
    id,
    text: { en: { title: 'Notice', body: 'Body' }, cy: { title: 'Hysbysiad', body: 'Corff' } },
    startsAt,
    endsAt,
    forces,
  })

describe('national notices', () => {
  const notices = [notice('two-forces', ['leicestershire', 'dyfed-powys']), notice('everyone', 'all', '2026-12-02T00:00:00Z'), notice('later', 'all', '2026-12-20T00:00:00Z', '2026-12-21T00:00:00Z')]
  const now = new Date('2026-12-03T00:00:00Z')

  it('show on the chosen forces and not on others, newest first', () => {
    expect(activeNotices(notices, 'leicestershire', now).map((n) => n.id)).toEqual(['everyone', 'two-forces'])
    expect(activeNotices(notices, 'dyfed-powys', now).map((n) => n.id)).toEqual(['everyone', 'two-forces'])
    expect(activeNotices(notices, 'metropolitan', now).map((n) => n.id)).toEqual(['everyone'])
  })

  it('show from their start until (not including) their end', () => {
    const one = [notice('one-notice', 'all')]
    expect(activeNotices(one, 'gwent', new Date('2026-11-30T23:59:59Z'))).toEqual([])
    expect(activeNotices(one, 'gwent', new Date('2026-12-01T00:00:00Z'))).toHaveLength(1)
    expect(activeNotices(one, 'gwent', new Date('2026-12-08T00:00:00Z'))).toEqual([])
  })

  it('name forces the platform does not serve', () => {
    expect(unknownNoticeForces({ forces: ['leicestershire', 'leics'] }, ['leicestershire'])).toEqual(['leics'])
    expect(unknownNoticeForces({ forces: 'all' }, [])).toEqual([])
  })
})
