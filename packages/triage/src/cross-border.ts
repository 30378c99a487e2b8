// Reports about another force's area. Each force deals with what happens in its own area, so when the incident
// postcode is in another force's area the report goes there: to that force on this platform, keeping every answer
// (the engine carries on and the report is stored under the receiving force), or, for a force that is not on the
// platform, to its own reporting page. Where a postcode district straddles force areas the data cannot say which
// side a full postcode is on, so the person is asked, as the national finder asks. A force without a geographic
// area (British Transport Police, the Civil Nuclear Constabulary) never receives reports by postcode, and reports
// made on its own site stay with it.
//
// This package keeps no list of forces: names, who is on the platform and where else to report come from the app
// in `TriageContext.forces`, read from the theme folders and the national force list.
import { lookUp } from './agencies.ts'
import type { Council, RedirectOutcome, TriageContext } from './outcome.ts'
import type { ChoiceQuestion, Option, Service, Text } from './types.ts'

/** The id of the question asked when the incident postcode's district straddles force areas. */
export const FORCE_AREA_QUESTION = 'force-area'
/** Its answer when the person does not know: the report stays with the force whose site they are on. */
export const FORCE_AREA_NOT_SURE = 'not-sure'

export interface ForceInfo {
  /** The force's name in English and Welsh (its English name where it has no Welsh one). */
  name: Text
  /** A tenant of this platform: its reports can be sent to it here. */
  onPlatform: boolean
  /** The services it offers here (tenants only); a report for a service it does not offer is made on its own site. */
  services?: readonly string[]
  /** Where to report to it when this platform cannot take the report: its own reporting page. */
  reportUrl?: string
  /**
   * Postcodes can be in its area. False for forces with no geographic area (British Transport Police, the Civil
   * Nuclear Constabulary, the Ministry of Defence Police): they receive nothing by postcode, and reports made on
   * their own sites are never sent elsewhere by postcode.
   */
  hasArea: boolean
  /** Its site is in Welsh as well as English. */
  welsh: boolean
}

/** The app's knowledge of a force by id; undefined for an id it does not know. */
export type ForceLookup = (forceId: string) => ForceInfo | undefined

/** Which force receives a report, when it is not the force whose site the person is on. */
export interface Routing {
  /** The receiving force. */
  forceId: string
  /** 'cross-border': the incident postcode is in its area; 'cross-border.chosen': the person chose its area on a border. */
  ruleId: 'cross-border' | 'cross-border.chosen'
  /** The incident postcode. */
  postcode: string
  /** Why, in words for the person and for the receiving force's staff. */
  why: Text
}

export type Decision =
  /** The district straddles force areas and the person has not said which (or said it for another postcode). */
  | { kind: 'ask'; question: ChoiceQuestion }
  /** Another force on this platform receives the report; `asked` when the person chose it. */
  | { kind: 'route'; routing: Routing; asked: boolean }
  /** Another force that does not take this report here: the journey ends with a link to its own site. */
  | { kind: 'redirect'; outcome: RedirectOutcome }
  /** The force whose site this is receives it, after the person was asked about a border district. */
  | { kind: 'here'; asked: true }

const t = (en: string, cy: string): Text => ({ en, cy })
const namesOf = (councils: Council[], forceId: string) => councils.filter((c) => c.forceId === forceId).map((c) => c.name)
const list = (names: string[], and: string) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`)

function nameOf(context: TriageContext, forceId: string): Text {
  return context.forces?.(forceId)?.name ?? t('another police force', 'heddlu arall')
}

function whyText(name: Text, postcode: string, chosen: boolean): Text {
  return chosen
    ? t(
        `You told us it happened in the ${name.en} area, and each police force deals with what happens in its own area.`,
        `Dywedoch wrthym ei fod wedi digwydd yn ardal ${name.cy}, ac mae pob heddlu’n delio â’r hyn sy’n digwydd yn ei ardal ei hun.`,
      )
    : t(
        `The postcode ${postcode} is in the ${name.en} area, and each police force deals with what happens in its own area.`,
        `Mae’r cod post ${postcode} yn ardal ${name.cy}, ac mae pob heddlu’n delio â’r hyn sy’n digwydd yn ei ardal ei hun.`,
      )
}

/** The question for a district on a border: one option a force, A to Z, each with its councils there, then "I do not know". */
export function forceAreaQuestion(context: TriageContext, postcode: string, forceIds: string[], councils: Council[]): ChoiceQuestion {
  const here = nameOf(context, context.forceId)
  const options: Option[] = forceIds
    .map((id) => ({ id, name: nameOf(context, id), councils: namesOf(councils, id) }))
    .sort((a, b) => a.name.en.localeCompare(b.name.en, 'en-GB'))
    .map(({ id, name, councils: covers }) => ({
      value: id,
      label: name,
      ...(covers.length > 0 ? { hint: t(`Covers parts of ${list(covers, 'and')}`, `Yn cynnwys rhannau o ${list(covers, 'a')}`) } : {}),
    }))
  options.push({
    value: FORCE_AREA_NOT_SURE,
    label: t('I do not know', 'Dydw i ddim yn gwybod'),
    hint: t(
      `We will send it to ${here.en}, who will pass it on if it belongs to another force.`,
      `Byddwn yn ei anfon at ${here.cy}, a fydd yn ei drosglwyddo os yw’n perthyn i heddlu arall.`,
    ),
  })
  return {
    id: FORCE_AREA_QUESTION,
    type: 'single-choice',
    text: t('Which police force area did it happen in?', 'Ym mha ardal heddlu y digwyddodd?'),
    hint: t(
      `The postcode ${postcode} is on the border of more than one police force area. Each force deals with what happens in its own area.`,
      `Mae’r cod post ${postcode} ar ffin mwy nag un ardal heddlu. Mae pob heddlu’n delio â’r hyn sy’n digwydd yn ei ardal ei hun.`,
    ),
    options,
    required: t('Select the police force area where it happened', 'Dewiswch ardal yr heddlu lle digwyddodd'),
  }
}

interface RedirectBase {
  serviceId: string
  serviceVersion: number
}

/** The end of a journey for a force that does not take this report here: who, why, and a link to its own site. */
export function anotherForce(base: RedirectBase, context: TriageContext, forceId: string, why: Text, ruleId: Routing['ruleId']): RedirectOutcome {
  const force = context.forces?.(forceId)
  const name = nameOf(context, forceId)
  return {
    ...base,
    ruleId,
    type: 'REDIRECT',
    forceIds: [forceId],
    agency: {
      id: 'another-force',
      name,
      url: force?.reportUrl ?? 'https://www.police.uk/',
      linkText: t(`Report it on the ${name.en} website`, `Rhoi gwybod ar wefan ${name.cy}`),
      howToContact: t(
        `${name.en} takes reports on its own website. You can also call 101 and ask for ${name.en}.`,
        `Mae ${name.cy} yn derbyn adroddiadau ar ei wefan ei hun. Gallwch hefyd ffonio 101 a gofyn am ${name.cy}.`,
      ),
    },
    why,
  }
}

/**
 * Where a report goes given its incident postcode and, on a border, the person's choice of force area. Undefined
 * when it stays with this force without asking: no postcode, a postcode or district not known, the lookup failing,
 * the postcode in this force's area, or this force having no area.
 */
export function decide(service: Service, postcode: string, chosen: unknown, context: TriageContext | undefined): Decision | undefined {
  if (!context?.forces || postcode === '') return undefined
  if (context.forces(context.forceId)?.hasArea === false) return undefined
  const place = lookUp(context, postcode)
  const forceIds = [...new Set(place?.forceIds ?? [])]
  if (!place || forceIds.length === 0) return undefined
  const base = { serviceId: service.id, serviceVersion: service.version }

  const sendTo = (forceId: string, asked: boolean): Decision => {
    const ruleId = asked ? 'cross-border.chosen' : 'cross-border'
    const why = whyText(nameOf(context, forceId), postcode, asked)
    const force = context.forces!(forceId)
    if (force?.onPlatform && (!force.services || force.services.includes(service.id)))
      return { kind: 'route', asked, routing: { forceId, ruleId, postcode, why } }
    return { kind: 'redirect', outcome: anotherForce(base, context, forceId, why, ruleId) }
  }

  if (forceIds.length === 1) return forceIds[0] === context.forceId ? undefined : sendTo(forceIds[0]!, false)
  if (chosen === FORCE_AREA_NOT_SURE || (chosen === context.forceId && forceIds.includes(chosen))) return { kind: 'here', asked: true }
  if (typeof chosen === 'string' && forceIds.includes(chosen)) return sendTo(chosen, true)
  return { kind: 'ask', question: forceAreaQuestion(context, postcode, forceIds, place.councils) }
}
