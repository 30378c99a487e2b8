// Error messages in English and Welsh, in GOV.UK's error-message style: say what went wrong and how to fix
// it, plainly, without blame ("Enter the date it happened", "The date it happened must be in the past").
// Welsh wording should be checked by a Welsh-language officer before launch in a Welsh force.
import type { Locale, Text, WelshYesNo } from './types.ts'
import { ukDay, ukPartsOf } from './uk-time.ts'

const t = (en: string, cy: string): Text => ({ en, cy })
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** Welsh: after a word ending in a vowel ("i"), "y"/"yr" becomes "’r". */
const afterI = (s: string) => (/^yr? /.test(s) ? `i’r ${s.replace(/^yr? /, '')}` : `i ${s}`)

export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const MONTHS_CY = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr']

/** '2026-03-04' → '4 March 2026' (or '4 Mawrth 2026'). */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number)
  const months = locale === 'cy' ? MONTHS_CY : MONTHS_EN
  return `${d} ${months[(m ?? 1) - 1] ?? ''} ${y}`
}


/**
 * An ISO timestamp as a person reads it, in UK time (GMT or BST as it was then): '2026-07-01T08:05:00Z' →
 * '9:05am on 1 July 2026' (Welsh: '9:05yb ar 1 Gorffennaf 2026'). Anything that is not a timestamp comes back as it is.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const when = new Date(iso)
  if (Number.isNaN(when.getTime())) return iso
  const { hour, minute: m } = ukPartsOf(when)
  const minute = String(m).padStart(2, '0')
  const date = formatDate(ukDay(when), locale)
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${minute}`
  return locale === 'cy' ? `${clock}${hour < 12 ? 'yb' : 'yh'} ar ${date}` : `${clock}${hour < 12 ? 'am' : 'pm'} on ${date}`
}

/** The Welsh yes and no for each form of question (types.ts, WelshYesNo). */
export const WELSH_YES_NO: Record<WelshYesNo, { yes: string; no: string }> = {
  oes: { yes: 'Oes', no: 'Nac oes' },
  ydy: { yes: 'Ydy', no: 'Nac ydy' },
  ydyn: { yes: 'Ydyn', no: 'Nac ydyn' },
  ydw: { yes: 'Ydw', no: 'Nac ydw' },
  do: { yes: 'Do', no: 'Naddo' },
  oedd: { yes: 'Oedd', no: 'Nac oedd' },
  byddwn: { yes: 'Byddwn', no: 'Na fyddwn' },
  gallaf: { yes: 'Gallaf', no: 'Na allaf' },
  cewch: { yes: 'Cewch', no: 'Na chewch' },
  ie: { yes: 'Ie', no: 'Na' },
}

/** A yes/no question's two answers in the page's language: "Yes" / "No", or the Welsh that follows its verb. */
export function yesNoLabels(question: { cyAnswer: WelshYesNo }, locale: Locale): { yes: string; no: string } {
  return locale === 'cy' ? WELSH_YES_NO[question.cyAnswer] : { yes: 'Yes', no: 'No' }
}

export const defaults = {
  /** For a yes/no question with no error of its own: "Select yes or no", in Welsh with the question's own answers. */
  yesNo: (form: WelshYesNo) => t('Select yes or no', `Dewiswch ‘${WELSH_YES_NO[form].yes}’ neu ‘${WELSH_YES_NO[form].no}’`),
  single: t('Select an option', 'Dewiswch opsiwn'),
  multiple: t('Select all that apply', 'Dewiswch bob un sy’n berthnasol'),
  text: t('Enter your answer', 'Rhowch eich ateb'),
  date: t('the date it happened', 'y dyddiad y digwyddodd'),
  from: t('the earliest date it could have happened', 'y dyddiad cynharaf y gallai fod wedi digwydd'),
  to: t('the latest date it could have happened', 'y dyddiad diweddaraf y gallai fod wedi digwydd'),
  postcode: t('Enter the postcode', 'Rhowch y cod post'),
  registration: t('Enter the vehicle registration number', 'Rhowch rif cofrestru’r cerbyd'),
  person: t(
    'Describe the person, even if you only know one thing about them',
    'Disgrifiwch yr unigolyn, hyd yn oed os mai dim ond un peth rydych chi’n ei wybod amdano',
  ),
  upload: t('Upload a file', 'Uwchlwythwch ffeil'),
}

export const messages = {
  invalidOption: t('Select one of the options', 'Dewiswch un o’r opsiynau'),
  exclusive: (label: Text) =>
    t(`Select “${label.en}” on its own, or select the others that apply`, `Dewiswch “${label.cy}” ar ei ben ei hun, neu dewiswch y lleill sy’n berthnasol`),
  tooLong: (subject: Text | undefined, max: number) =>
    subject
      ? t(`${capital(subject.en)} must be ${max} characters or less`, `Rhaid ${afterI(subject.cy)} fod yn ${max} nod neu lai`)
      : t(`Your answer must be ${max} characters or less`, `Rhaid i’ch ateb fod yn ${max} nod neu lai`),
  enterDate: (s: Text) => t(`Enter ${s.en}`, `Rhowch ${s.cy}`),
  mustInclude: (s: Text, part: 'day' | 'month' | 'year') =>
    t(`${capital(s.en)} must include a ${part}`, `Rhaid ${afterI(s.cy)} gynnwys ${{ day: 'diwrnod', month: 'mis', year: 'blwyddyn' }[part]}`),
  yearDigits: t('Year must include 4 numbers', 'Rhaid i’r flwyddyn gynnwys 4 rhif'),
  realDate: (s: Text) => t(`${capital(s.en)} must be a real date`, `Rhaid ${afterI(s.cy)} fod yn ddyddiad go iawn`),
  past: (s: Text) => t(`${capital(s.en)} must be today or in the past`, `Rhaid ${afterI(s.cy)} fod heddiw neu yn y gorffennol`),
  after: (s: Text, iso: string) =>
    t(`${capital(s.en)} must be after ${formatDate(iso, 'en')}`, `Rhaid ${afterI(s.cy)} fod ar ôl ${formatDate(iso, 'cy')}`),
  sameOrAfter: (s: Text, iso: string) =>
    t(
      `${capital(s.en)} must be the same as or after ${formatDate(iso, 'en')}`,
      `Rhaid ${afterI(s.cy)} fod yr un fath â ${formatDate(iso, 'cy')} neu ar ei ôl`,
    ),
  timeOfDay: t('Select roughly what time of day it happened', 'Dewiswch tua pa adeg o’r dydd y digwyddodd'),
  postcodeFormat: t('Enter a full UK postcode, like LE1 6TH', 'Rhowch god post llawn yn y DU, fel LE1 6TH'),
  registrationFormat: t(
    'Enter a registration number in the correct format, like AB12 CDE',
    'Rhowch rif cofrestru yn y fformat cywir, fel AB12 CDE',
  ),
  name: t('Enter your full name', 'Rhowch eich enw llawn'),
  emailOrPhone: t('Enter an email address or a phone number', 'Rhowch gyfeiriad e-bost neu rif ffôn'),
  email: t(
    'Enter an email address in the correct format, like name@example.com',
    'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  ),
  phone: t(
    'Enter a phone number, like 01632 960 001 or 07700 900 982',
    'Rhowch rif ffôn, fel 01632 960 001 neu 07700 900 982',
  ),
  uploadToken: t('The file could not be attached. Try uploading it again', 'Nid oedd modd atodi’r ffeil. Rhowch gynnig ar ei huwchlwytho eto'),
  tooManyFiles: (slots: number) => t(`You can attach up to ${slots} files`, `Gallwch atodi hyd at ${slots} ffeil`),
  agree: t(
    'Confirm that the information you have given is true',
    'Cadarnhewch fod yr wybodaeth rydych wedi’i rhoi yn wir',
  ),
  signature: t('Enter your full name to sign the statement', 'Rhowch eich enw llawn i lofnodi’r datganiad'),
}
