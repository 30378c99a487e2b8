// @bluelamp/triage: the national service catalogue, the question engine, triage rules and reference
// numbers. Plain data in, plain data out; see README.md for the API and the priority model.
export type * from './types.ts'
export { FLAGS, PRIORITIES, THRIVE } from './types.ts'
export type * from './outcome.ts'

export { services, serviceIds, getService, offByDefault } from './catalogue/index.ts'
export { availableServices, isServiceAvailable, nationallyEnabled, forceOptionsSchema, localContactSchema } from './options.ts'
export type { ForceOptions, EffectiveCatalogue } from './options.ts'

export { next, pathOf, pruneAnswers } from './engine.ts'
export { validate, normalisePostcode, normaliseRegistration } from './validate.ts'
export type { FieldError, RawInput, Validation, ValidationContext } from './validate.ts'
export { ukToday } from './validate-dates.ts'
export { summarise, formatAnswer } from './summarise.ts'
export type { SummaryRow } from './summarise.ts'

export { all, any, not, is, oneOf, has, hasAny, field, yes, no, given, isGiven, conditionDeps } from './conditions.ts'
export { agencies } from './agencies.ts'
export { MODEL_VERSION, WEIGHTS, BANDS, DIMENSION_CAP } from './priority.ts'
export { contentHash, canonicalJson } from './hash.ts'

export { generateReference, isValidReference, normaliseReference, REFERENCE_ALPHABET } from './reference.ts'
export { forces, getForce, forcePrefix } from './forces.ts'
export type { Force } from './forces.ts'
