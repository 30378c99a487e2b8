// Conditions are JSON trees (all / any / not over answer tests). Service files build them with the small
// helpers below so they read like the policy: all(yes('injured'), not(is('who', 'me'))).
// The engine compiles each tree once into a closure (see compile) because next() runs on every page view.
import type { AnswerValue, Answers, Condition, Primitive } from './types.ts'

export const all = (...conditions: Condition[]): Condition => ({ all: conditions })
export const any = (...conditions: Condition[]): Condition => ({ any: conditions })
export const not = (condition: Condition): Condition => ({ not: condition })
/** The answer is exactly this value. */
export const is = (q: string, value: Primitive): Condition => ({ q, eq: value })
/** The answer is one of these values. */
export const oneOf = (q: string, ...values: Primitive[]): Condition => ({ q, in: values })
/** A multiple-choice answer includes this value. */
export const has = (q: string, value: string): Condition => ({ q, has: value })
/** A multiple-choice answer includes any of these values. */
export const hasAny = (q: string, ...values: string[]): Condition => ({ any: values.map((value) => ({ q, has: value })) })
/** A field of a structured answer is exactly this value, e.g. field(contact, 'anonymous', true). */
export const field = (q: string, name: string, value: Primitive): Condition => ({ q, field: name, eq: value })
export const yes = (q: string): Condition => ({ q, eq: 'yes' })
export const no = (q: string): Condition => ({ q, eq: 'no' })
/** The question was answered with something (not skipped, not left blank). */
export const given = (q: string): Condition => ({ q, given: true })

/** An answer counts as given unless it is missing, null, blank or an empty list. */
export function isGiven(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false
  return !(Array.isArray(value) && value.length === 0)
}

/** The question ids a condition reads, in the order they appear. */
export function conditionDeps(condition: Condition, into: string[] = []): string[] {
  if ('all' in condition) for (const c of condition.all) conditionDeps(c, into)
  else if ('any' in condition) for (const c of condition.any) conditionDeps(c, into)
  else if ('not' in condition) conditionDeps(condition.not, into)
  else if (!into.includes(condition.q)) into.push(condition.q)
  return into
}

/**
 * A compiled condition. `onPath[i]` is 1 when question i is on the current path: answers to questions
 * that are off the path (hidden by an earlier change) count as not given.
 */
export type Compiled = (answers: Answers, onPath: Uint8Array) => boolean

const FALSE: Compiled = () => false
const TRUE: Compiled = () => true

function read(value: AnswerValue | undefined, fieldName: string | undefined): unknown {
  if (fieldName === undefined) return value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  return (value as unknown as Record<string, unknown>)[fieldName]
}

/** Compiles a condition against a service's question order (`indexOf` gives -1 for unknown ids). */
export function compile(condition: Condition, indexOf: (id: string) => number): Compiled {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compile(c, indexOf))
    if (parts.length === 0) return TRUE
    if (parts.length === 1) return parts[0]!
    if (parts.length === 2) {
      const [a, b] = parts as [Compiled, Compiled]
      return (answers, onPath) => a(answers, onPath) && b(answers, onPath)
    }
    return (answers, onPath) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i]!(answers, onPath)) return false
      return true
    }
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compile(c, indexOf))
    if (parts.length === 0) return FALSE
    if (parts.length === 1) return parts[0]!
    if (parts.length === 2) {
      const [a, b] = parts as [Compiled, Compiled]
      return (answers, onPath) => a(answers, onPath) || b(answers, onPath)
    }
    return (answers, onPath) => {
      for (let i = 0; i < parts.length; i++) if (parts[i]!(answers, onPath)) return true
      return false
    }
  }
  if ('not' in condition) {
    const inner = compile(condition.not, indexOf)
    return (answers, onPath) => !inner(answers, onPath)
  }
  const id = condition.q
  const index = indexOf(id)
  if ('given' in condition) {
    const want = condition.given
    if (index < 0) return want ? FALSE : TRUE
    return (answers, onPath) => (onPath[index] === 1 && isGiven(answers[id])) === want
  }
  if (index < 0) return FALSE
  if ('has' in condition) {
    const wanted = condition.has
    return (answers, onPath) => {
      if (onPath[index] !== 1) return false
      const value = answers[id]
      return Array.isArray(value) && value.includes(wanted)
    }
  }
  const fieldName = condition.field
  if ('eq' in condition) {
    const wanted = condition.eq
    if (fieldName === undefined) return (answers, onPath) => onPath[index] === 1 && answers[id] === wanted
    return (answers, onPath) => onPath[index] === 1 && read(answers[id], fieldName) === wanted
  }
  const set = new Set<unknown>(condition.in)
  return (answers, onPath) => onPath[index] === 1 && set.has(read(answers[id], fieldName))
}
