// The catalogue's integrity: ids, wording, conditions that only look back, rules that read real questions
// and real answer values. A typo in a service file fails here, not in front of the public.
import { describe, expect, it } from 'vitest'
import { conditionDeps } from '../conditions.ts'
import type { Condition, Question, Service } from '../types.ts'
import * as c from './common.ts'
import { getService, offByDefault, serviceIds, services } from './index.ts'

function allowedValues(question: Question): string[] | undefined {
  if (question.type === 'yes-no') return question.notSure ? ['yes', 'no', 'not-sure'] : ['yes', 'no']
  if (question.type === 'single-choice' || question.type === 'multiple-choice') return question.options.map((o) => o.value)
  return undefined
}

function leaves(condition: Condition, into: Condition[] = []): Condition[] {
  if ('all' in condition) condition.all.forEach((c) => leaves(c, into))
  else if ('any' in condition) condition.any.forEach((c) => leaves(c, into))
  else if ('not' in condition) leaves(condition.not, into)
  else into.push(condition)
  return into
}

function checkCondition(service: Service, condition: Condition, before: number, where: string) {
  const index = new Map(service.questions.map((q, i) => [q.id, i]))
  for (const dep of conditionDeps(condition)) {
    expect(index.has(dep), `${where} reads unknown question "${dep}"`).toBe(true)
    expect(index.get(dep)!, `${where} reads "${dep}", which comes later`).toBeLessThan(before)
  }
  for (const leaf of leaves(condition)) {
    if (!('q' in leaf) || 'given' in leaf || ('field' in leaf && leaf.field !== undefined)) continue
    const question = service.questions[index.get(leaf.q)!]!
    const allowed = allowedValues(question)
    if (!allowed) continue
    const values = 'eq' in leaf ? [leaf.eq] : 'in' in leaf ? leaf.in : 'has' in leaf ? [leaf.has] : []
    for (const value of values) expect(allowed, `${where}: "${String(value)}" is not an answer to "${leaf.q}"`).toContain(value)
  }
}

describe('the national catalogue', () => {
  it('has the services the platform promises', () => {
    expect([...serviceIds].sort()).toEqual(
      [
        'antisocial-behaviour', 'assault', 'burglary', 'child-abuse', 'criminal-damage', 'dashcam-evidence',
        'domestic-abuse', 'fgm', 'forced-marriage', 'found-property', 'general-enquiry', 'hate-crime',
        'intimate-image-abuse', 'lost-property', 'modern-slavery', 'public-health-breach', 'road-traffic-collision',
        'sighting', 'spiking', 'stalking-harassment', 'theft', 'vehicle-crime',
      ].sort(),
    )
    expect(new Set(serviceIds).size).toBe(serviceIds.length)
    expect(getService('theft')?.id).toBe('theft')
    expect(getService('nope')).toBeUndefined()
  })

  it('keeps the public-health-breach service off by default, and only names real services there', () => {
    expect(offByDefault).toEqual(['public-health-breach'])
    for (const id of offByDefault) expect(serviceIds).toContain(id)
  })

  it('asks "Has this happened before?" of the person reporting, not of "them"', () => {
    expect(c.repeat.text.en).toBe('Has this happened to you before?')
    for (const service of services) {
      for (const q of service.questions) expect(q.text.en, `${service.id} ${q.id}`).not.toMatch(/happened to them before/)
    }
  })

  it('shows quick exit on the sensitive journeys', () => {
    const quick = services.filter((s) => s.quickExit).map((s) => s.id).sort()
    expect(quick).toEqual(['assault', 'child-abuse', 'domestic-abuse', 'fgm', 'forced-marriage', 'hate-crime', 'intimate-image-abuse', 'modern-slavery', 'stalking-harassment'])
  })

  it('treats domestic abuse and stalking as sensitive, and every sensitive journey has quick exit', () => {
    const sensitive = services.filter((s) => s.sensitive).map((s) => s.id)
    expect(sensitive).toEqual(expect.arrayContaining(['child-abuse', 'domestic-abuse', 'fgm', 'forced-marriage', 'intimate-image-abuse', 'modern-slavery', 'stalking-harassment']))
    for (const service of services.filter((s) => s.sensitive)) expect(service.quickExit, service.id).toBe(true)
  })

  for (const service of services) {
    describe(service.id, () => {
      it('is plain JSON, so it can be stored beside the reports triaged with it', () => {
        expect(JSON.parse(JSON.stringify(service))).toStrictEqual(service)
      })

      it('has a kebab-case id, a positive version and text in English and Welsh', () => {
        expect(service.id).toMatch(/^[a-z][a-z0-9-]*$/)
        expect(Number.isInteger(service.version) && service.version > 0).toBe(true)
        for (const text of [service.title, service.description]) {
          expect(text.en.trim()).not.toBe('')
          expect(text.cy.trim()).not.toBe('')
        }
      })

      it('has unique question ids, and every question is worded in both languages', () => {
        const ids = service.questions.map((q) => q.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const q of service.questions) {
          expect(q.id).toMatch(/^[a-z][a-z0-9-]*$/)
          expect(q.text.en.trim(), q.id).not.toBe('')
          expect(q.text.cy.trim(), q.id).not.toBe('')
          // GOV.UK: a question page asks a question (upload pages give an instruction).
          if (q.type !== 'evidence-upload') expect(q.text.en, q.id).toMatch(/\?$/)
          if (q.hint) expect(q.hint.cy.trim(), q.id).not.toBe('')
          if ('options' in q) {
            const values = q.options.map((o) => o.value)
            expect(new Set(values).size, q.id).toBe(values.length)
            for (const o of q.options) expect(o.label.en && o.label.cy, `${q.id}.${o.value}`).toBeTruthy()
          }
        }
      })

      it('shows a question only on answers to earlier questions, with values those questions can have', () => {
        service.questions.forEach((q, i) => {
          if (q.when) checkCondition(service, q.when, i, `question ${q.id}`)
        })
      })

      it('has rules that read real questions and real answers, with unique ids', () => {
        const ids = [...service.stops, ...service.assess].map((r) => r.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const rule of [...service.stops, ...service.assess]) {
          checkCondition(service, rule.when, service.questions.length, `rule ${rule.id}`)
        }
      })

      it('links only to https addresses or another service here, each worded in both languages, from its outcomes and its confirmation', () => {
        const links = [...service.stops.flatMap((s) => ('links' in s ? (s.links ?? []) : [])), ...service.assess.flatMap((r) => r.links ?? [])]
        for (const link of links) {
          expect(link.url, link.text.en).toMatch(/^(https:\/\/\S+|\/services\/[a-z][a-z0-9-]*)$/)
          if (link.url.startsWith('/services/')) expect(serviceIds, link.url).toContain(link.url.slice('/services/'.length))
          expect(link.text.en.trim(), link.url).not.toBe('')
          expect(link.text.cy.trim(), link.url).not.toBe('')
        }
      })

      it('ends with the declaration it says it needs', () => {
        const declarations = service.questions.filter((q) => q.type === 'declaration')
        if (service.declaration === 'none') expect(declarations).toEqual([])
        else {
          expect(declarations).toHaveLength(1)
          expect(declarations[0]!.type === 'declaration' && declarations[0]!.kind).toBe(service.declaration)
          expect(service.questions.at(-1)!.type).toBe('declaration')
        }
      })

      it('asks for the declaration it needs with the shared words, on the same step as every other service', () => {
        const declaration = service.questions.find((q) => q.type === 'declaration')
        if (service.declaration === 'statement') expect(declaration).toStrictEqual(c.statement)
        if (service.declaration === 'truth') expect(declaration).toStrictEqual(c.truth)
      })

      if (service.category === 'crime') {
        it('asks first whether anyone is in immediate danger', () => {
          expect(service.questions[0]!.id).toBe('danger')
          expect(service.questions[0]!.when).toBeUndefined()
          expect(service.stops.some((s) => s.outcome === 'EMERGENCY' && s.id === 'emergency.danger')).toBe(true)
        })
      }
    })
  }
})
