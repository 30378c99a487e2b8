// What each flag means to the person reading a report: a short label for lists and filters, and one line that says
// what raised it. Typed as a record over every flag so a new flag cannot reach the back office without its words.
// Welsh wording should be checked by a Welsh-language officer before launch in a Welsh force.
import { FLAGS, type Flag, type Locale, type Text } from './types.ts'

export interface FlagText {
  label: Text
  meaning: Text
  /**
   * Someone may be at risk of serious harm, or a safeguarding referral may be needed: the back office makes these
   * stand out so whoever reads the report sees them first.
   */
  safeguarding: boolean
}

const t = (en: string, cy: string): Text => ({ en, cy })

export const FLAG_TEXT: Record<Flag, FlagText> = {
  'vulnerable-child': {
    label: t('Child victim', 'Dioddefwr sy’n blentyn'),
    meaning: t('The person it happened to is under 18', 'Mae’r unigolyn y digwyddodd iddo o dan 18 oed'),
    safeguarding: false,
  },
  'vulnerable-older': {
    label: t('Older victim', 'Dioddefwr hŷn'),
    meaning: t('The person it happened to is 65 or over', 'Mae’r unigolyn y digwyddodd iddo yn 65 oed neu’n hŷn'),
    safeguarding: false,
  },
  'vulnerable-disability': {
    label: t('Disability or condition', 'Anabledd neu gyflwr'),
    meaning: t(
      'The person it happened to has a disability or condition that makes them more at risk',
      'Mae gan yr unigolyn y digwyddodd iddo anabledd neu gyflwr sy’n ei roi mewn mwy o berygl',
    ),
    safeguarding: false,
  },
  'repeat-victim': {
    label: t('Repeat victim', 'Dioddefwr dro ar ôl tro'),
    meaning: t('It has happened to them before', 'Mae wedi digwydd iddynt o’r blaen'),
    safeguarding: false,
  },
  'hate-motivation': {
    label: t('Hate motivated', 'Wedi’i ysgogi gan gasineb'),
    meaning: t(
      'The person believes it was motivated by hostility to who they are',
      'Mae’r unigolyn yn credu mai gelyniaeth tuag at bwy ydynt a’i hysgogodd',
    ),
    safeguarding: false,
  },
  'domestic-abuse': {
    label: t('Domestic abuse', 'Cam-drin domestig'),
    meaning: t(
      'It involves a partner, former partner or family member',
      'Mae’n ymwneud â phartner, cyn-bartner neu aelod o’r teulu',
    ),
    safeguarding: true,
  },
  'suspect-known': {
    label: t('Suspect known', 'Gwybod pwy wnaeth hyn'),
    meaning: t('The person reporting knows who did it', 'Mae’r unigolyn sy’n rhoi gwybod yn gwybod pwy wnaeth hyn'),
    safeguarding: false,
  },
  'suspect-present': {
    label: t('Still happening', 'Yn dal i ddigwydd'),
    meaning: t(
      'It is still going on, so the people doing it may still be there',
      'Mae’n dal i ddigwydd, felly efallai bod y bobl sy’n gwneud hyn yn dal yno',
    ),
    safeguarding: false,
  },
  'evidence-cctv': {
    label: t('CCTV', 'Teledu cylch cyfyng'),
    meaning: t('There is CCTV or doorbell camera footage', 'Mae lluniau teledu cylch cyfyng neu gamera cloch drws'),
    safeguarding: false,
  },
  'evidence-dashcam': {
    label: t('Dashcam or video', 'Camera cerbyd neu fideo'),
    meaning: t('There is dashcam or other video', 'Mae fideo camera cerbyd neu fideo arall'),
    safeguarding: false,
  },
  'evidence-witness': {
    label: t('Witness', 'Tyst'),
    meaning: t('Someone else saw it happen', 'Gwelodd rhywun arall y peth yn digwydd'),
    safeguarding: false,
  },
  'evidence-other': {
    label: t('Photos or other evidence', 'Lluniau neu dystiolaeth arall'),
    meaning: t('There are photos or other evidence', 'Mae lluniau neu dystiolaeth arall'),
    safeguarding: false,
  },
  injury: {
    label: t('Injury', 'Anaf'),
    meaning: t('Someone was hurt', 'Cafodd rhywun ei anafu'),
    safeguarding: false,
  },
  weapon: {
    label: t('Weapon', 'Arf'),
    meaning: t('A weapon was used, shown or found', 'Cafodd arf ei ddefnyddio, ei ddangos neu ei ddarganfod'),
    safeguarding: false,
  },
  anonymous: {
    label: t('Anonymous', 'Dienw'),
    meaning: t(
      'The person reporting chose to stay anonymous, so we cannot contact them',
      'Dewisodd yr unigolyn sy’n rhoi gwybod aros yn ddienw, felly ni allwn gysylltu ag ef',
    ),
    safeguarding: false,
  },
  'child-sexual-abuse': {
    label: t('Child sexual abuse', 'Cam-drin plant yn rhywiol'),
    meaning: t(
      'A child may have been sexually abused or exploited, online or in person',
      'Efallai fod plentyn wedi cael ei gam-drin neu ei gam-fanteisio’n rhywiol, ar-lein neu wyneb yn wyneb',
    ),
    safeguarding: true,
  },
  'child-at-risk': {
    label: t('Child at risk', 'Plentyn mewn perygl'),
    meaning: t('A child may be at risk of harm', 'Efallai fod plentyn mewn perygl o niwed'),
    safeguarding: true,
  },
  'sexual-abuse': {
    label: t('Sexual abuse', 'Cam-drin rhywiol'),
    meaning: t('Someone may have been raped or sexually assaulted', 'Efallai fod rhywun wedi cael ei dreisio neu ymosod arno’n rhywiol'),
    safeguarding: false,
  },
  'danger-now': {
    label: t('Danger now', 'Perygl nawr'),
    meaning: t('Someone may be in danger now', 'Efallai fod rhywun mewn perygl nawr'),
    safeguarding: true,
  },
  'suicide-risk': {
    label: t('Suicide risk', 'Risg hunanladdiad'),
    meaning: t('Someone may be thinking of ending their life or harming themselves', 'Efallai fod rhywun yn meddwl am ddod â’i fywyd i ben neu niweidio’i hun'),
    safeguarding: true,
  },
  'modern-slavery': {
    label: t('Modern slavery', 'Caethwasiaeth fodern'),
    meaning: t(
      'Someone may be forced to work or controlled by others, or trafficked',
      'Efallai fod rhywun yn cael ei orfodi i weithio neu ei reoli gan eraill, neu wedi’i fasnachu',
    ),
    safeguarding: true,
  },
  'honour-based-abuse': {
    label: t('Honour-based abuse', 'Cam-drin ar sail anrhydedd'),
    meaning: t(
      'Someone may be abused or forced to marry to protect a family’s or community’s “honour”',
      'Efallai fod rhywun yn cael ei gam-drin neu ei orfodi i briodi i amddiffyn “anrhydedd” teulu neu gymuned',
    ),
    safeguarding: true,
  },
  fgm: {
    label: t('FGM', 'FGM'),
    meaning: t(
      'Female genital mutilation may have happened or may be about to happen',
      'Efallai fod anffurfio organau cenhedlu benywod wedi digwydd neu ar fin digwydd',
    ),
    safeguarding: true,
  },
  'intimate-image-abuse': {
    label: t('Intimate image abuse', 'Cam-drin delweddau personol'),
    meaning: t(
      'Intimate images of someone were shared, or threatened to be shared, without their consent',
      'Cafodd delweddau personol o rywun eu rhannu, neu bu bygythiad i’w rhannu, heb eu caniatâd',
    ),
    safeguarding: false,
  },
  terrorism: {
    label: t('Terrorism', 'Terfysgaeth'),
    meaning: t(
      'It may be linked to terrorism or extremism',
      'Efallai ei fod yn gysylltiedig â therfysgaeth neu eithafiaeth',
    ),
    safeguarding: false,
  },
}

/** The flags that make a report stand out in the back office, in the order of FLAGS. */
export const SAFEGUARDING_FLAGS: readonly Flag[] = FLAGS.filter((f) => FLAG_TEXT[f].safeguarding)

export function isFlag(value: string): value is Flag {
  return Object.hasOwn(FLAG_TEXT, value)
}

/**
 * A flag as a person reads it, in their language. A report keeps the flags it was given, so one stored by a version
 * that had a flag this one no longer knows comes back as it was stored, with no meaning.
 */
export function describeFlag(flag: string, locale: Locale): { id: string; label: string; meaning: string | null; safeguarding: boolean } {
  if (!isFlag(flag)) return { id: flag, label: flag, meaning: null, safeguarding: false }
  const text = FLAG_TEXT[flag]
  return { id: flag, label: text.label[locale], meaning: text.meaning[locale], safeguarding: text.safeguarding }
}
