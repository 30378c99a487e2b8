// The words free-text answers are read for: a short list a reviewer can read in one sitting, in English and Welsh.
// Each concern has phrases (any one of them is enough) and, where one word alone says too little ("child", "hit"),
// pairs of word lists that must both appear close together in one answer ("my son" near "hits").
//
// How a phrase is written:
// - lower case; words separated by a space match any run of spaces;
// - `*` at the end of a word matches any ending ("stab*": stab, stabbed, stabbing);
// - `re:` starts a regular expression instead, for what words cannot say (ages: "14 year old");
// - a phrase only matches whole words: "gun" never matches "begun" or "Gunn".
// A phrase preceded within three words by a negation ("no", "not", "never", "dim", "heb", "nid"…) does not count:
// "he did not have a knife" raises nothing. Pairs ignore negation, as both lists would have to be negated.
//
// Welsh words mutate after some words ("cyllell", "ei gyllell", "fy nghyllell"), so the common mutated forms are
// listed too. Welsh wording should be checked by a Welsh-language officer before launch in a Welsh force.
//
// Changing this file changes priorities: the priority model's hash covers it (catalogue/content-lock.ts), so
// MODEL_VERSION must be bumped with any change, and each report records the version it was assessed with.
import type { Flag, Priority, Text, ThriveDimension } from './types.ts'

export const SCREENING_CONCERNS = ['danger-now', 'suicide', 'child-sexual-abuse', 'child-at-risk', 'sexual-abuse', 'weapon', 'domestic-abuse'] as const
export type ScreeningConcern = (typeof SCREENING_CONCERNS)[number]

export interface ScreeningRule {
  concern: ScreeningConcern
  /** Added to the report when the concern is found. */
  flag: Flag
  /** What the finding suggests, finishing the sentence "The words … in the answer to … suggest". */
  suggests: Text
  thrive: Partial<Record<ThriveDimension, 1 | 2 | 3>>
  /** The report is at least this priority when the concern is found. */
  atLeast: Priority
  /** Show the person the 999 advice before they send (someone may be in danger now). */
  dangerNow: boolean
  phrases: { en: string[]; cy: string[] }
  /** Both lists must match within `PAIR_DISTANCE` words of each other, in either order. */
  pairs?: { en: [string[], string[]]; cy: [string[], string[]] }[]
}

/** How many words apart the two halves of a pair may be. */
export const PAIR_DISTANCE = 8

/** Words that, within three words before a phrase, mean the phrase is denied ("no knife", "dim cyllell"). */
export const NEGATIONS = {
  en: ['no', 'not', 'never', 'without', 'nobody', 'none', 'nothing', "didn't", "wasn't", "isn't", "don't", "doesn't", "hasn't", "haven't", "weren't", "aren't", "won't", "n't"],
  cy: ['dim', 'ddim', 'heb', 'nid', 'nad', 'na', 'nac', 'neb', 'erioed'],
}

const t = (en: string, cy: string): Text => ({ en, cy })

const CHILD = {
  en: ['child', 'children', 'kid', 'kids', 'baby', 'babies', 'toddler', 'my son', 'my daughter', 'his son', 'her son', 'his daughter', 'her daughter', 'stepson', 'stepdaughter', 'schoolgirl', 'schoolboy', 'teenager', 'little girl', 'little boy', 'underage', 'under age', 'under-age', 're:(?:1[0-7]|[1-9])[- ]?(?:year|yr)s?[- ]?old'],
  cy: ['plentyn', 'blentyn', 'mhlentyn', 'phlentyn', 'plant', 'blant', 'mhlant', 'phlant', 'babi', 'fabi', 'mabi', 'fy mab', 'ei mab', 'ei fab', 'fy merch', 'ei ferch', 'ei merch', 'merch fach', 'bachgen bach', 'llys-fab', 'llysferch', 'dan oed', 're:(?:1[0-7]|[1-9]) ?(?:oed|mlwydd oed|blwydd oed)'],
}

const HARMS_CHILD = {
  en: ['hit', 'hits', 'hitting', 'hurt*', 'beat', 'beats', 'beating', 'beaten', 'abus*', 'neglect*', 'slap*', 'punch', 'punched', 'punches', 'punching', 'kick', 'kicked', 'kicks', 'kicking', 'starv*', 'bruis*', 'burned', 'burnt', 'burns', 'burning', 'locked in', 'left alone', 'shook', 'shaking', 'shaken'],
  cy: ['taro', 'daro', 'nharo', 'brifo', 'frifo', 'mrifo', 'curo', 'guro', 'nghuro', 'cicio', 'gicio', 'cam-drin*', 'gam-drin*', 'esgeul*', 'cleisiau', 'gleisiau', 'llwgu', 'newynu', 'ysgwyd'],
}

const SEXUAL = {
  en: ['sexual*', 'sex', 'naked', 'nude', 'nudes', 'undress*', 'touched', 'touching', 'touches', 'groomed', 'grooming', 'explicit', 'private parts', 'indecent*'],
  cy: ['rhyw', 'rhywiol', 'noeth', 'noethlymun', 'dadwisgo', 'cyffwrdd', 'gyffwrdd', 'nghyffwrdd', 'paratoi at ddibenion rhywiol', 'anweddus'],
}

const PARTNER = {
  en: ['partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'ex-partner', 'ex-husband', 'ex-wife', 'ex-boyfriend', 'ex-girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'spouse', 'my dad', 'my mum', 'my father', 'my mother', 'my brother', 'my sister', 'stepdad', 'step-dad', 'stepmum', 'step-mum', 'my son', 'my daughter'],
  cy: ['partner', 'mhartner', 'bartner', 'gŵr', 'ngŵr', 'wraig', 'ngwraig', 'gwraig', 'cariad', 'nghariad', 'cyn-bartner', 'nghyn-bartner', 'cyn-ŵr', 'nghyn-ŵr', 'cyn-wraig', 'nhad', 'fy mam', 'fy nhad', 'mrawd', 'fy chwaer', 'llystad', 'llysfam'],
}

const HARMS_ADULT = {
  en: ['hit', 'hits', 'hitting', 'beat', 'beats', 'beating', 'beaten', 'punch', 'punched', 'punches', 'punching', 'slap*', 'kick', 'kicked', 'kicks', 'kicking', 'strangl*', 'choked', 'chokes', 'choking', 'pushed', 'pushes', 'pushing', 'shoved', 'shoves', 'shoving', 'threaten*', 'controlling', 'controls me', 'controlled me', 'abus*', 'hurt*', 'bruis*', 'smashed', 'kill me', "won't let me", "doesn't let me", 'scared of', 'afraid of', 'frightened of', 'locks me'],
  cy: ['taro', 'daro', 'nharo', 'curo', 'guro', 'nghuro', 'cicio', 'gicio', 'nghicio', 'tagu', 'nhagu', 'gwthio', 'ngwthio', 'bygwth', 'fygwth', 'mygwth', 'rheoli', 'reoli', 'ofn', 'cam-drin*', 'gam-drin*', 'brifo', 'frifo', 'mrifo', 'cleisiau', 'gleisiau'],
}

export const SCREENING: readonly ScreeningRule[] = [
  {
    concern: 'danger-now',
    flag: 'danger-now',
    suggests: t('someone may be in danger now', 'y gallai rhywun fod mewn perygl nawr'),
    thrive: { threat: 3 },
    atLeast: 'high',
    dangerNow: true,
    phrases: {
      en: ['going to kill', 'gonna kill', 'threaten* to kill', 'will kill me', 'kill me', 'going to hurt me', 'gonna hurt me', 'in danger', 'not safe here', 'trying to get in', 'trying to break in', 'breaking in now', 'happening now', 'happening right now', 'outside my house now', 'outside my door', 'is here now', 'still here', 'on his way here', 'on her way here', 'on their way here', 'hiding from', 'help me now', 'please help me'],
      cy: ['mynd i fy lladd', 'mynd i’m lladd', "mynd i'm lladd", 'bygwth fy lladd', 'bygwth lladd', 'fygwth lladd', 'mewn perygl', 'ddim yn ddiogel yma', 'trio dod i mewn', 'ceisio dod i mewn', 'torri i mewn nawr', 'yn digwydd nawr', 'yn digwydd rŵan', 'tu allan i’r drws', "tu allan i'r drws", 'yma nawr', 'yma rŵan', 'ar ei ffordd yma', 'ar eu ffordd yma', 'cuddio rhag', 'helpwch fi'],
    },
  },
  {
    concern: 'suicide',
    flag: 'suicide-risk',
    suggests: t('someone may take their own life or harm themselves', 'y gallai rhywun gymryd ei fywyd ei hun neu niweidio ei hun'),
    thrive: { risk: 3, vulnerability: 2 },
    atLeast: 'high',
    dangerNow: true,
    phrases: {
      en: ['kill myself', 'killing myself', 'kill himself', 'kill herself', 'kill themselves', 'end my life', 'end it all', 'take my own life', 'take his own life', 'take her own life', 'suicid*', 'self-harm*', 'self harm*', 'harm myself', 'hurt myself', 'cut myself', 'cutting myself', 'overdos*', 'want to die', 'wants to die', 'better off dead', 'no reason to live'],
      cy: ['lladd fy hun', 'ladd fy hun', 'lladd ei hun', 'ladd ei hun', 'hunanladd*', 'niweidio fy hun', 'niweidio ei hun', 'hunan-niwed*', 'hunan niwed*', 'eisiau marw', 'isio marw', 'gorddos*', 'diwedd ar fy mywyd', 'diwedd ar ei fywyd'],
    },
  },
  {
    concern: 'child-sexual-abuse',
    flag: 'child-sexual-abuse',
    suggests: t('a child may be sexually abused or exploited', 'y gallai plentyn gael ei gam-drin yn rhywiol neu ei gamfanteisio arno'),
    thrive: { harm: 3, vulnerability: 3 },
    atLeast: 'high',
    dangerNow: false,
    phrases: {
      en: ['child abuse images', 'child porn*', 'child sexual abuse', 'indecent image*', 'indecent photo*', 'indecent video*', 'csam', 'sextortion'],
      cy: ['lluniau anweddus', 'delweddau anweddus', 'cam-drin plant yn rhywiol', 'gam-drin plant yn rhywiol', 'pornograffi plant', 'paratoi at ddibenion rhywiol', 'meithrin perthynas amhriodol'],
    },
    pairs: [{ en: [CHILD.en, SEXUAL.en], cy: [CHILD.cy, SEXUAL.cy] }],
  },
  {
    concern: 'child-at-risk',
    flag: 'child-at-risk',
    suggests: t('a child may be at risk', 'y gallai plentyn fod mewn perygl'),
    thrive: { vulnerability: 3 },
    atLeast: 'medium',
    dangerNow: false,
    phrases: {
      en: ['child abuse', 'child neglect', 'child cruelty', 'child exploitation', 'county lines', 'cuckooing'],
      cy: ['cam-drin plant', 'gam-drin plant', 'esgeuluso plant', 'camfanteisio ar blant', 'gamfanteisio ar blant', 'llinellau cyffuriau'],
    },
    pairs: [{ en: [CHILD.en, HARMS_CHILD.en], cy: [CHILD.cy, HARMS_CHILD.cy] }],
  },
  {
    concern: 'sexual-abuse',
    flag: 'sexual-abuse',
    suggests: t('there may have been a sexual offence', 'y gallai fod trosedd rywiol wedi digwydd'),
    thrive: { harm: 3 },
    atLeast: 'medium',
    dangerNow: false,
    phrases: {
      en: ['rape', 'raped', 'rapes', 'rapist', 'raping', 'sexual assault*', 'sexually assault*', 'sexual abuse', 'sexually abus*', 'touched me', 'touching me', 'grope', 'groped', 'gropes', 'groping', 'molest*', 'forced me to have sex', 'made me have sex', 'without my consent', 'non-consensual', 'indecent exposure', 'exposed himself', 'exposed herself'],
      cy: ['treisio', 'dreisio', 'nhreisio', 'nhreisio i', 'trais rhywiol', 'ymosodiad rhywiol', 'ymosod yn rhywiol', 'cam-drin rhywiol', 'gam-drin rhywiol', 'cyffwrdd â fi', 'gyffwrdd â fi', 'heb fy nghaniatâd', 'dinoethi ei hun'],
    },
  },
  {
    concern: 'weapon',
    flag: 'weapon',
    suggests: t('a weapon may be involved', 'y gallai arf fod yn rhan o hyn'),
    thrive: { threat: 2 },
    atLeast: 'medium',
    dangerNow: false,
    phrases: {
      en: ['knife', 'knives', 'blade', 'machete', 'zombie knife', 'gun', 'guns', 'handgun', 'firearm*', 'pistol', 'shotgun', 'rifle', 'crossbow', 'stab', 'stabs', 'stabbed', 'stabbing', 'shot at', 'shot me', 'shot him', 'shot her', 'been shot', 'gunshot*', 'shots fired', 'acid', 'axe', 'baseball bat', 'hammer', 'weapon*'],
      cy: ['cyllell', 'gyllell', 'nghyllell', 'chyllell', 'cyllyll', 'gyllyll', 'dryll', 'ddryll', 'nryll', 'gynnau', 'arf', 'arfau', 'trywan*', 'drywan*', 'nhrywan*', 'saethu', 'asid', 'bwyell', 'fwyell', 'morthwyl', 'forthwyl'],
    },
  },
  {
    concern: 'domestic-abuse',
    flag: 'domestic-abuse',
    suggests: t('it may be domestic abuse', 'y gallai fod yn gam-drin domestig'),
    thrive: { risk: 2 },
    atLeast: 'medium',
    dangerNow: false,
    phrases: {
      en: ['domestic abuse', 'domestic violence', 'coercive control', 'controlling behaviour', 'honour based', 'honour-based', 'forced marriage', 'forced to marry'],
      cy: ['cam-drin domestig', 'gam-drin domestig', 'trais domestig', 'rheolaeth drwy orfodaeth', 'priodas dan orfod', 'priodi dan orfod', 'ar sail anrhydedd'],
    },
    pairs: [{ en: [PARTNER.en, HARMS_ADULT.en], cy: [PARTNER.cy, HARMS_ADULT.cy] }],
  },
]
