// The front door, "Report something": one question, "What do you want to report?", in plain words, for a person who
// does not know which of the services fits. Each answer sends them to one place: a service's start page, a page
// about another agency, a 999 page, or the full list of services. The front door never decides alone: it only opens
// a door, and the journey, the agency or the call handler behind it asks the real questions. "Something else" is
// always there, and a choice whose service the force has switched off is not shown, so nobody meets a dead end.
import { agencyContact } from './agencies.ts'
import { samaritansAdvice, samaritansLink } from './catalogue/common.ts'
import { t } from './catalogue/text.ts'
import type { Agency } from './outcome.ts'
import type { AgencyId, Link, Text } from './types.ts'

/** The agencies the front door sends people to, each with a page of its own. */
export type FrontDoorAgencyId = Extract<AgencyId, 'action-fraud' | 'anti-terrorism' | 'rspca' | 'crimestoppers'>

/** The 999 pages: someone in danger or a crime happening now, or someone who may take their own life. */
export type FrontDoorEmergencyId = 'danger' | 'suicide'

/** Where a choice sends the person. */
export type FrontDoorTarget =
  | { kind: 'service'; serviceId: string }
  | { kind: 'agency'; agencyId: FrontDoorAgencyId }
  | { kind: 'emergency'; emergency: FrontDoorEmergencyId }
  | { kind: 'all-services' }

export interface FrontDoorChoice {
  /** Stable id: the radio's value. Never reuse an id for a new meaning. */
  id: string
  label: Text
  hint?: Text
  to: FrontDoorTarget
}

const service = (serviceId: string): FrontDoorTarget => ({ kind: 'service', serviceId })
const agency = (agencyId: FrontDoorAgencyId): FrontDoorTarget => ({ kind: 'agency', agencyId })
const emergency = (id: FrontDoorEmergencyId): FrontDoorTarget => ({ kind: 'emergency', emergency: id })

/** The id of the last choice, which is always shown: the full list of services. */
export const SOMETHING_ELSE = 'something-else'

/**
 * Every choice, in the order shown: an emergency first, then harm to people (the reports people find hardest to place
 * and most need to get right), then everyday crime, then the things another agency deals with, and "Something else"
 * last. Services plainly named in the list (antisocial behaviour, road collisions, lost and found property, dashcam
 * video, sightings, "Contact us") are reached through "Something else", so the list stays short enough to read.
 */
export const FRONT_DOOR_CHOICES: readonly FrontDoorChoice[] = [
  {
    id: 'danger',
    label: t('Someone is in danger, or a crime is happening now', 'Mae rhywun mewn perygl, neu mae trosedd yn digwydd nawr'),
    hint: t(
      'Or someone has been seriously hurt, or the person who did it is still nearby.',
      'Neu mae rhywun wedi’i anafu’n ddifrifol, neu mae’r unigolyn a wnaeth hyn yn dal gerllaw.',
    ),
    to: emergency('danger'),
  },
  {
    id: 'suicide',
    label: t('Someone might harm themselves or end their life', 'Gallai rhywun niweidio ei hun neu ddod â’i fywyd i ben'),
    hint: t('This includes you.', 'Mae hyn yn eich cynnwys chi.'),
    to: emergency('suicide'),
  },
  {
    id: 'child-abuse',
    label: t('A child being abused, neglected or exploited', 'Plentyn yn cael ei gam-drin, ei esgeuluso neu ei gamfanteisio arno'),
    hint: t(
      'Including grooming, and sexual images of a child online.',
      'Gan gynnwys paratoi plentyn at ddibenion rhywiol (grooming), a lluniau rhywiol o blentyn ar-lein.',
    ),
    to: service('child-abuse'),
  },
  {
    id: 'domestic-abuse',
    label: t('Domestic abuse', 'Cam-drin domestig'),
    hint: t(
      'A partner, ex-partner or family member hurting, threatening, controlling or frightening you or someone you know.',
      'Partner, cyn-bartner neu aelod o’r teulu yn brifo, bygwth, rheoli neu ddychryn chi neu rywun rydych yn ei adnabod.',
    ),
    to: service('domestic-abuse'),
  },
  {
    id: 'stalking-harassment',
    label: t('Stalking or harassment', 'Stelcio neu aflonyddu'),
    hint: t(
      'Someone keeps contacting, following, watching or threatening you or someone you care for.',
      'Mae rhywun yn dal i gysylltu â chi, eich dilyn, eich gwylio neu eich bygwth, neu rywun rydych yn gofalu amdano.',
    ),
    to: service('stalking-harassment'),
  },
  {
    id: 'intimate-images',
    label: t('Intimate images shared, or a threat to share them', 'Lluniau personol wedi’u rhannu, neu fygythiad i’w rhannu'),
    hint: t(
      'Of someone aged 18 or over, including fake images. If they are under 18, choose the option about a child.',
      'O rywun 18 oed neu’n hŷn, gan gynnwys lluniau ffug. Os ydynt o dan 18 oed, dewiswch yr opsiwn am blentyn.',
    ),
    to: service('intimate-image-abuse'),
  },
  {
    id: 'forced-marriage',
    label: t('Forced marriage or honour-based abuse', 'Priodas dan orfod neu gam-drin ar sail anrhydedd'),
    to: service('forced-marriage'),
  },
  {
    id: 'fgm',
    label: t('Female genital mutilation (FGM)', 'Anffurfio organau cenhedlu benywod (FGM)'),
    hint: t(
      'Sometimes called cutting: a girl or woman at risk of it, or it has been done.',
      'A elwir weithiau’n dorri: merch neu fenyw mewn perygl ohono, neu mae wedi’i wneud.',
    ),
    to: service('fgm'),
  },
  {
    id: 'modern-slavery',
    label: t('Modern slavery or exploitation', 'Caethwasiaeth fodern neu gamfanteisio'),
    hint: t(
      'Someone forced, tricked or threatened into working, committing crime or sex.',
      'Rhywun wedi’i orfodi, ei dwyllo neu ei fygwth i weithio, cyflawni trosedd neu gael rhyw.',
    ),
    to: service('modern-slavery'),
  },
  {
    id: 'spiking',
    label: t('Spiking', 'Sbeicio'),
    hint: t(
      'Drugs or alcohol put in someone’s drink, or an injection, without them knowing.',
      'Cyffuriau neu alcohol wedi’u rhoi yn niod rhywun, neu chwistrelliad, heb iddynt wybod.',
    ),
    to: service('spiking'),
  },
  {
    id: 'hate-crime',
    label: t('A hate crime or incident, including online', 'Trosedd neu ddigwyddiad casineb, gan gynnwys ar-lein'),
    hint: t(
      'Someone targeted because of their race, religion, disability, sexual orientation or because they are transgender.',
      'Rhywun wedi’i dargedu oherwydd ei hil, crefydd, anabledd, cyfeiriadedd rhywiol neu oherwydd ei fod yn drawsryweddol.',
    ),
    to: service('hate-crime'),
  },
  {
    id: 'assault',
    label: t('An assault', 'Ymosodiad'),
    hint: t(
      'Someone was attacked, hit, pushed or spat at, and nobody was seriously hurt.',
      'Cafodd rhywun ei daro, ei wthio neu ei boeri arno, neu ymosodwyd arno mewn ffordd arall, ac ni chafodd neb ei anafu’n ddifrifol.',
    ),
    to: service('assault'),
  },
  {
    id: 'theft',
    label: t('Theft', 'Lladrad'),
    hint: t('Something stolen, such as a phone, bag, bike or stock from a shop.', 'Rhywbeth wedi’i ddwyn, fel ffôn, bag, beic neu stoc o siop.'),
    to: service('theft'),
  },
  {
    id: 'burglary',
    label: t('Burglary', 'Byrgleriaeth'),
    hint: t(
      'Someone broke into, or tried to break into, a home, garage, shed or business.',
      'Torrodd rhywun i mewn, neu geisio torri i mewn, i gartref, garej, sied neu fusnes.',
    ),
    to: service('burglary'),
  },
  {
    id: 'vehicle-crime',
    label: t('Vehicle crime', 'Trosedd cerbyd'),
    hint: t(
      'A car, van or motorbike stolen, broken into, damaged or tampered with.',
      'Car, fan neu feic modur wedi’i ddwyn, wedi’i dorri i mewn iddo, wedi’i ddifrodi neu wedi’i ymyrryd ag ef.',
    ),
    to: service('vehicle-crime'),
  },
  {
    id: 'criminal-damage',
    label: t('Damage to property', 'Difrod i eiddo'),
    hint: t('Deliberate damage to a home or other property, including graffiti and fires.', 'Difrod bwriadol i gartref neu eiddo arall, gan gynnwys graffiti a thanau.'),
    to: service('criminal-damage'),
  },
  {
    id: 'fraud',
    label: t('Fraud, a scam or cybercrime', 'Twyll, sgam neu seiberdrosedd'),
    hint: t('Including online shopping fraud, hacking and phishing messages.', 'Gan gynnwys twyll siopa ar-lein, hacio a negeseuon gwe-rwydo.'),
    to: agency('action-fraud'),
  },
  {
    id: 'terrorism',
    label: t('Something that might be linked to terrorism', 'Rhywbeth a allai fod yn gysylltiedig â therfysgaeth'),
    hint: t('Suspicious behaviour, items or activity, including online.', 'Ymddygiad, eitemau neu weithgarwch amheus, gan gynnwys ar-lein.'),
    to: agency('anti-terrorism'),
  },
  {
    id: 'animal-cruelty',
    label: t('Cruelty to an animal, or an animal being neglected', 'Creulondeb at anifail, neu anifail yn cael ei esgeuluso'),
    to: agency('rspca'),
  },
  {
    id: 'anonymous',
    label: t('I want to give information about a crime without giving my name', 'Rwyf eisiau rhoi gwybodaeth am drosedd heb roi fy enw'),
    to: agency('crimestoppers'),
  },
  {
    id: SOMETHING_ELSE,
    label: t('Something else', 'Rhywbeth arall'),
    hint: t(
      'Such as antisocial behaviour, a road traffic collision, lost or found property, or a question: choose from all our online services.',
      'Fel ymddygiad gwrthgymdeithasol, gwrthdrawiad traffig ffordd, eiddo coll neu eiddo a ganfuwyd, neu gwestiwn: dewiswch o’n holl wasanaethau ar-lein.',
    ),
    to: { kind: 'all-services' },
  },
]

/**
 * The choices a force shows, in order: those whose service the force offers (`offered(serviceId)`, for example
 * `(id) => isServiceAvailable(id, tenant.options)`), every agency and 999 choice, and "Something else" last.
 */
export function frontDoorChoices(offered: (serviceId: string) => boolean): FrontDoorChoice[] {
  return FRONT_DOOR_CHOICES.filter((c) => c.to.kind !== 'service' || offered(c.to.serviceId))
}

/**
 * Where an answer to the front door sends the person, or undefined when the answer is not one of the choices this
 * force shows (nothing chosen, a value made up, or a service the force has switched off).
 */
export function resolveFrontDoor(choiceId: unknown, offered: (serviceId: string) => boolean): FrontDoorTarget | undefined {
  if (typeof choiceId !== 'string') return undefined
  return frontDoorChoices(offered).find((c) => c.id === choiceId)?.to
}

/** Why each agency is the right place, said on its page before how to reach it. */
const AGENCY_WHY: Record<FrontDoorAgencyId, Text> = {
  'action-fraud': t(
    'Report Fraud is the national service for reporting fraud and cybercrime, and it passes reports to the police force that needs them. It replaced Action Fraud.',
    'Report Fraud yw’r gwasanaeth cenedlaethol ar gyfer rhoi gwybod am dwyll a seiberdrosedd, ac mae’n trosglwyddo adroddiadau i’r heddlu sydd eu hangen. Daeth yn lle Action Fraud.',
  ),
  'anti-terrorism': t(
    'Specialist officers deal with anything that might be linked to terrorism. You do not need to be sure, and you can stay anonymous. If there is an immediate threat to life, call 999.',
    'Mae swyddogion arbenigol yn delio ag unrhyw beth a allai fod yn gysylltiedig â therfysgaeth. Nid oes angen i chi fod yn siŵr, a gallwch aros yn ddienw. Os oes bygythiad uniongyrchol i fywyd, ffoniwch 999.',
  ),
  rspca: t(
    'The RSPCA investigates cruelty to animals and neglect. If an animal is in danger right now, such as a dog shut in a hot car, call 999.',
    'Mae’r RSPCA yn ymchwilio i greulondeb at anifeiliaid ac esgeulustod. Os yw anifail mewn perygl ar hyn o bryd, fel ci wedi’i gau mewn car poeth, ffoniwch 999.',
  ),
  crimestoppers: t(
    'Crimestoppers is an independent charity that passes information about crime to the police without ever knowing who you are. If you are happy to give your name, you can report it to us instead.',
    'Mae Crimestoppers yn elusen annibynnol sy’n trosglwyddo gwybodaeth am drosedd i’r heddlu heb fyth wybod pwy ydych chi. Os ydych yn fodlon rhoi eich enw, gallwch roi gwybod i ni yn lle hynny.',
  ),
}

export interface FrontDoorAgency {
  agency: Agency
  /** Why this agency is the right place. */
  why: Text
}

/** An agency the front door sends people to, with how to reach it and why; undefined for any other id. */
export function frontDoorAgency(agencyId: unknown): FrontDoorAgency | undefined {
  if (typeof agencyId !== 'string' || !Object.hasOwn(AGENCY_WHY, agencyId)) return undefined
  const id = agencyId as FrontDoorAgencyId
  return { agency: agencyContact(id), why: AGENCY_WHY[id] }
}

/** A 999 page: why to call, and any help beside the call, as a journey's EMERGENCY outcome carries them. */
export interface FrontDoorEmergency {
  reason: Text
  advice?: Text
  links: Link[]
}

const EMERGENCIES: Record<FrontDoorEmergencyId, FrontDoorEmergency> = {
  danger: {
    reason: t('Someone is in danger, or a crime is happening now.', 'Mae rhywun mewn perygl, neu mae trosedd yn digwydd nawr.'),
    links: [],
  },
  // The same help beside the call as a journey's stop for someone who may act on thoughts of ending their life.
  suicide: {
    reason: t('Someone might harm themselves or end their life.', 'Gallai rhywun niweidio ei hun neu ddod â’i fywyd i ben.'),
    advice: samaritansAdvice,
    links: [samaritansLink],
  },
}

/** The 999 page for an emergency id; undefined for any other value. */
export function frontDoorEmergency(id: unknown): FrontDoorEmergency | undefined {
  return typeof id === 'string' && Object.hasOwn(EMERGENCIES, id) ? EMERGENCIES[id as FrontDoorEmergencyId] : undefined
}
