import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REPORT_PRIORITIES } from '@bluelamp/db'
import { PRIORITIES } from '@bluelamp/triage'
import { REPORT_SCHEMA_ID, reportV1JsonSchema, reportV1Problems } from './report-v1.ts'

const published = JSON.parse(readFileSync(new URL('../../../schemas/report.v1.json', import.meta.url), 'utf8')) as unknown

const report = {
  $schema: REPORT_SCHEMA_ID,
  schemaVersion: 1,
  id: '0b9f3c1e-6a41-4c1e-9d3a-2f4b8c7d6e5f',
  reference: 'LEI-26-7KQ4-XM',
  force: 'leicestershire',
  transferredFrom: null,
  service: { id: 'theft', version: '3' },
  submittedAt: '2026-07-01T09:30:00.000Z',
  updatedAt: '2026-07-01T09:30:00.000Z',
  status: 'received',
  crimeNumber: null,
  locale: 'en',
  priority: {
    level: 'standard',
    score: 12,
    flags: ['evidence-cctv'],
    rationale: [{ ruleId: 'cctv', reason: { en: 'There may be CCTV.', cy: 'Efallai fod teledu cylch cyfyng.' } }],
  },
  answers: [{ questionId: 'what', question: 'What was stolen?', answer: 'A bicycle', value: 'A bicycle' }],
  outcome: { type: 'SUBMIT', priority: 'standard', queue: 'volume-crime' },
  contact: { anonymous: false, name: 'Sam Example', email: 'sam@example.com' },
  evidence: [],
}

describe('report.v1, the contract with force systems', () => {
  it('is published exactly as the zod schema generates it (run `pnpm --filter @bluelamp/web report-schema` after a change)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(reportV1JsonSchema())))
  })

  it('accepts a report as the platform sends it', () => {
    expect(reportV1Problems(report)).toEqual([])
    expect(reportV1Problems({ ...report, contact: null })).toEqual([])
  })

  it('names what is missing, wrongly typed, or not described', () => {
    const { reference: _reference, ...noReference } = report
    expect(reportV1Problems(noReference)).toEqual([expect.stringMatching(/^reference: /)])
    expect(reportV1Problems({ ...report, status: 'closed' })).toEqual([expect.stringMatching(/^status: /)])
    expect(reportV1Problems({ ...report, submittedAt: '1 July 2026' })).toEqual([expect.stringMatching(/^submittedAt: /)])
    expect(reportV1Problems({ ...report, secret: 'x' })).toEqual(['secret: not described by report.v1'])
    expect(reportV1Problems({ ...report, service: { ...report.service, extra: 1 } })).toEqual(['service.extra: not described by report.v1'])
    const evidence = [{ id: report.id, filename: 'a.jpg', contentType: 'image/jpeg', sizeBytes: 10, sha256: 'z'.repeat(64), originalSha256: 'a'.repeat(64) }]
    expect(reportV1Problems({ ...report, evidence })).toEqual([expect.stringMatching(/^evidence\.0\.sha256: /)])
  })

  it("keeps the database's priority levels equal to triage's, which own them", () => {
    expect([...REPORT_PRIORITIES]).toEqual([...PRIORITIES])
  })
})
