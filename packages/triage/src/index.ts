// @bluelamp/triage: the national service catalogue, the question engine, triage rules and reference
// numbers. Plain data in, plain data out; see README.md for the API and the priority model.
export type * from './types.ts'
export { FLAGS, PRIORITIES, THRIVE } from './types.ts'
export type * from './outcome.ts'
export { FLAG_TEXT, SAFEGUARDING_FLAGS, isFlag, describeFlag } from './flags.ts'
export type { FlagText } from './flags.ts'

export { services, serviceIds, getService, offByDefault } from './catalogue/index.ts'
export { availableServices, isServiceAvailable, nationallyEnabled, forceOptionsSchema, localContactSchema } from './options.ts'
export type { ForceOptions, EffectiveCatalogue } from './options.ts'

export { next, pathOf, pruneAnswers, findQuestion, routeOf } from './engine.ts'
export { FORCE_AREA_QUESTION, FORCE_AREA_NOT_SURE } from './cross-border.ts'
export type { ForceInfo, ForceLookup, Routing } from './cross-border.ts'
export { validate, normalisePostcode, normaliseRegistration } from './validate.ts'
export type { FieldError, RawInput, Validation, ValidationContext } from './validate.ts'
export { ukToday } from './validate-dates.ts'
export { isDay, ukDay, ukYear, ukMidnight, ukNextMidnight } from './uk-time.ts'
export { formatDateTime } from './messages.ts'
export { summarise, formatAnswer } from './summarise.ts'
export { yesNoLabels, WELSH_YES_NO } from './messages.ts'
export type { SummaryRow } from './summarise.ts'

export { all, any, not, is, oneOf, has, hasAny, field, yes, no, given, isGiven, conditionDeps } from './conditions.ts'
export { agencies } from './agencies.ts'
export { helplines, helplinesFor } from './helplines.ts'
export type { Helpline, Nation } from './helplines.ts'
export { safeContactOf, safeToEmail, SAFE_CONTACT_QUESTION_IDS } from './catalogue/safe-contact.ts'
export type { SafeContact, ContactWay } from './catalogue/safe-contact.ts'
export { MODEL_VERSION, WEIGHTS, BANDS, DIMENSION_CAP } from './priority.ts'
export { contentHash, canonicalJson } from './hash.ts'

export { generateReference, isValidReference, normaliseReference, REFERENCE_ALPHABET } from './reference.ts'
