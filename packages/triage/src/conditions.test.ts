import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { all, any, compile, conditionDeps, given, has, is, isGiven, no, not, oneOf, yes } from './conditions.ts'
import type { Answers, Condition } from './types.ts'

const ids = ['a', 'b', 'c', 'd']
const indexOf = (id: string) => ids.indexOf(id)
const everyQuestionOnPath = new Uint8Array(ids.length).fill(1)
const run = (condition: Condition, answers: Answers, onPath = everyQuestionOnPath) => compile(condition, indexOf)(answers, onPath)

/** The reference: a direct reading of the condition language, with no compilation or shortcuts. */
function naive(condition: Condition, answers: Answers, onPath: Uint8Array): boolean {
  if ('all' in condition) return condition.all.map((c) => naive(c, answers, onPath)).every(Boolean)
  if ('any' in condition) return condition.any.map((c) => naive(c, answers, onPath)).some(Boolean)
  if ('not' in condition) return !naive(condition.not, answers, onPath)
  const i = ids.indexOf(condition.q)
  const value = i >= 0 && onPath[i] === 1 ? answers[condition.q] : undefined
  if ('given' in condition) {
    const isThere = value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)
    return isThere === condition.given
  }
  if ('has' in condition) return Array.isArray(value) && value.includes(condition.has)
  const read =
    'field' in condition && condition.field !== undefined
      ? value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)[condition.field]
        : undefined
      : value
  if ('eq' in condition) return read === condition.eq
  return condition.in.some((v) => v === read)
}

const values = ['yes', 'no', 'x', 'y']
const question = fc.constantFrom(...ids, 'unknown')
const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ q: question, eq: fc.constantFrom<string | number | boolean>(...values, 1, true) }),
  fc.record({ q: question, in: fc.array(fc.constantFrom(...values), { maxLength: 3 }) }),
  fc.record({ q: question, has: fc.constantFrom(...values) }),
  fc.record({ q: question, given: fc.boolean() }),
  fc.record({ q: question, field: fc.constantFrom('anonymous', 'name'), eq: fc.constantFrom<string | boolean>(true, 'x') }),
)
const tree = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { maxLength: 4 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 4 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node
const answerValue = fc.oneof(
  fc.constantFrom(...values),
  fc.constant(null),
  fc.constant(''),
  fc.subarray(values),
  fc.record({ anonymous: fc.boolean(), name: fc.constantFrom('x', 'Sam') }),
  fc.constant(undefined),
)
const answers = fc.record({ a: answerValue, b: answerValue, c: answerValue, d: answerValue }, { requiredKeys: [] }) as fc.Arbitrary<Answers>
const onPath = fc.array(fc.constantFrom(0, 1), { minLength: 4, maxLength: 4 }).map((bits) => Uint8Array.from(bits))

describe('conditions', () => {
  it('compiled conditions agree with the naive reference evaluator on random trees', () => {
    fc.assert(
      fc.property(tree, answers, onPath, (condition, given, path) => {
        expect(run(condition, given, path)).toBe(naive(condition, given, path))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads like the policy', () => {
    const a: Answers = { a: 'yes', b: ['x', 'y'], c: null }
    expect(run(yes('a'), a)).toBe(true)
    expect(run(no('a'), a)).toBe(false)
    expect(run(has('b', 'y'), a)).toBe(true)
    expect(run(oneOf('a', 'no', 'yes'), a)).toBe(true)
    expect(run(all(yes('a'), not(has('b', 'z'))), a)).toBe(true)
    expect(run(any(is('a', 'no'), given('c')), a)).toBe(false)
    expect(run(all(), a)).toBe(true)
    expect(run(any(), a)).toBe(false)
  })

  it('ignores answers to questions that are off the path', () => {
    const a: Answers = { a: 'yes' }
    expect(run(yes('a'), a, Uint8Array.from([0, 1, 1, 1]))).toBe(false)
    expect(run({ q: 'a', given: false }, a, Uint8Array.from([0, 1, 1, 1]))).toBe(true)
  })

  it('never matches a question the service does not have', () => {
    expect(run(is('unknown', 'yes'), { unknown: 'yes' })).toBe(false)
    expect(run(not(is('unknown', 'yes')), { unknown: 'yes' })).toBe(true)
  })

  it('lists the questions a condition reads, once each', () => {
    expect(conditionDeps(all(yes('a'), any(no('b'), not(yes('a')))))).toEqual(['a', 'b'])
  })

  it('counts blank answers as not given', () => {
    expect([undefined, null, '', []].map(isGiven)).toEqual([false, false, false, false])
    expect(['x', ['x'], { anonymous: true }].map(isGiven)).toEqual([true, true, true])
  })
})
