// The other agencies a journey can send someone to, with how to reach them. A redirect is a good outcome:
// the person gets to the right place first time, and the count of them is a headline figure.
import type { Agency, Council, LocalContact, RedirectOutcome, TriageContext } from './outcome.ts'
import type { AgencyId, Text } from './types.ts'

/**
 * An agency as this file keeps it: how to reach it, the page those facts were checked against, and when. A test
 * (agencies.test.ts) fails once a check is more than a year old, as a number nobody has checked may have changed.
 */
type StaticAgency = Omit<Agency, 'id'> & {
  /** The page the contact facts come from. */
  source: string
  /** When they were last checked (YYYY-MM-DD). */
  lastChecked: string
}

const CHECKED = '2026-12-01'

export const agencies: Record<Exclude<AgencyId, 'local-council' | 'another-force'>, StaticAgency> = {
  // Report Fraud replaced Action Fraud as the national fraud and cybercrime reporting service. The id stays
  // 'action-fraud' so that the counts of people sent there before and after the change stay one series.
  'action-fraud': {
    name: { en: 'Report Fraud', cy: 'Report Fraud' },
    phone: '0300 123 2040',
    textphone: '18001 0300 123 2040',
    url: 'https://www.reportfraud.police.uk/',
    linkText: { en: 'Report fraud or cybercrime to Report Fraud', cy: 'Rhoi gwybod am dwyll neu seiberdrosedd i Report Fraud' },
    howToContact: {
      en: 'Report it online at any time, or call Report Fraud on 0300 123 2040. Report Fraud replaced Action Fraud.',
      cy: 'Rhowch wybod ar-lein unrhyw bryd, neu ffoniwch Report Fraud ar 0300 123 2040. Daeth Report Fraud yn lle Action Fraud.',
    },
    source: 'https://www.reportfraud.police.uk/',
    lastChecked: CHECKED,
  },
  ceop: {
    name: { en: 'CEOP (Child Exploitation and Online Protection)', cy: 'CEOP (Camfanteisio ar Blant a’u Diogelu Ar-lein)' },
    url: 'https://www.ceop.police.uk/ceop-reporting/',
    linkText: { en: 'Make a report to CEOP', cy: 'Gwneud adroddiad i CEOP' },
    howToContact: {
      en: 'Make a report online. CEOP’s child protection advisors will read it and contact you.',
      cy: 'Gwnewch adroddiad ar-lein. Bydd cynghorwyr amddiffyn plant CEOP yn ei ddarllen ac yn cysylltu â chi.',
    },
    source: 'https://www.ceop.police.uk/ceop-reporting/',
    lastChecked: CHECKED,
  },
  iwf: {
    name: { en: 'Internet Watch Foundation (IWF)', cy: 'Internet Watch Foundation (IWF)' },
    url: 'https://report.iwf.org.uk/',
    linkText: { en: 'Report child sexual abuse images to the IWF', cy: 'Rhoi gwybod i’r IWF am luniau o gam-drin plant yn rhywiol' },
    howToContact: {
      en: 'Report the web address online. You can stay anonymous. Do not download, copy or share the images, even to report them.',
      cy: 'Rhowch wybod am y cyfeiriad gwe ar-lein. Gallwch aros yn ddienw. Peidiwch â lawrlwytho, copïo na rhannu’r lluniau, hyd yn oed er mwyn rhoi gwybod amdanynt.',
    },
    source: 'https://report.iwf.org.uk/',
    lastChecked: CHECKED,
  },
  'anti-terrorism': {
    name: { en: 'Anti-Terrorism Hotline', cy: 'Llinell Gymorth Gwrthderfysgaeth' },
    phone: '0800 789 321',
    url: 'https://www.gov.uk/ACT',
    linkText: { en: 'Report possible terrorist activity (ACT online)', cy: 'Rhoi gwybod am weithgarwch terfysgol posibl (ACT ar-lein)' },
    howToContact: {
      en: 'Call the Anti-Terrorism Hotline on 0800 789 321, or report it online. You can stay anonymous.',
      cy: 'Ffoniwch y Llinell Gymorth Gwrthderfysgaeth ar 0800 789 321, neu rhowch wybod ar-lein. Gallwch aros yn ddienw.',
    },
    source: 'https://www.gov.uk/ACT',
    lastChecked: CHECKED,
  },
  crimestoppers: {
    name: { en: 'Crimestoppers', cy: 'Taclo’r Taclau (Crimestoppers)' },
    phone: '0800 555 111',
    url: 'https://crimestoppers-uk.org/give-information',
    linkText: { en: 'Give information anonymously to Crimestoppers', cy: 'Rhoi gwybodaeth yn ddienw i Crimestoppers' },
    howToContact: {
      en: 'Call 0800 555 111 or use the online form, 24 hours a day. Crimestoppers never asks your name.',
      cy: 'Ffoniwch 0800 555 111 neu defnyddiwch y ffurflen ar-lein, 24 awr y dydd. Nid yw Crimestoppers byth yn gofyn eich enw.',
    },
    source: 'https://crimestoppers-uk.org/give-information',
    lastChecked: CHECKED,
  },
  dvla: {
    name: { en: 'DVLA (Driver and Vehicle Licensing Agency)', cy: 'DVLA (Asiantaeth Trwyddedu Gyrwyr a Cherbydau)' },
    url: 'https://www.gov.uk/report-untaxed-vehicle',
    linkText: { en: 'Report an untaxed vehicle to the DVLA', cy: 'Rhoi gwybod i’r DVLA am gerbyd heb dreth' },
    howToContact: {
      en: 'Report it online on GOV.UK. You need the vehicle’s registration number.',
      cy: 'Rhowch wybod ar-lein ar GOV.UK. Bydd angen rhif cofrestru’r cerbyd arnoch.',
    },
    source: 'https://www.gov.uk/report-untaxed-vehicle',
    lastChecked: CHECKED,
  },
  'nhs-111': {
    name: { en: 'NHS 111', cy: 'GIG 111' },
    phone: '111',
    url: 'https://111.nhs.uk/',
    linkText: { en: 'Get help from NHS 111 online', cy: 'Cael help gan GIG 111 ar-lein' },
    howToContact: {
      en: 'Call 111 or use NHS 111 online, 24 hours a day. If someone’s life is at risk, call 999.',
      cy: 'Ffoniwch 111 neu defnyddiwch GIG 111 ar-lein, 24 awr y dydd. Os yw bywyd rhywun mewn perygl, ffoniwch 999.',
    },
    source: 'https://111.nhs.uk/',
    lastChecked: CHECKED,
  },
  'revenge-porn-helpline': {
    name: { en: 'Revenge Porn Helpline', cy: 'Revenge Porn Helpline (Llinell Gymorth Pornograffi Dial)' },
    phone: '0345 6000 459',
    url: 'https://revengepornhelpline.org.uk/',
    linkText: { en: 'Get help from the Revenge Porn Helpline', cy: 'Cael help gan y Revenge Porn Helpline' },
    howToContact: {
      en: 'Call 0345 6000 459 or contact them through their website. They help adults get intimate images taken down, whether or not you report to the police.',
      cy: 'Ffoniwch 0345 6000 459 neu cysylltwch â nhw drwy eu gwefan. Maent yn helpu oedolion i gael lluniau personol wedi’u tynnu i lawr, p’un a ydych yn rhoi gwybod i’r heddlu ai peidio.',
    },
    source: 'https://revengepornhelpline.org.uk/',
    lastChecked: CHECKED,
  },
  'modern-slavery-helpline': {
    name: { en: 'Modern Slavery & Exploitation Helpline', cy: 'Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio' },
    phone: '08000 121 700',
    url: 'https://www.modernslaveryhelpline.org/',
    linkText: { en: 'Contact the Modern Slavery & Exploitation Helpline', cy: 'Cysylltu â’r Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio' },
    howToContact: {
      en: 'Call 08000 121 700, free, or report online. They can talk to you in your own language and you can stay anonymous.',
      cy: 'Ffoniwch 08000 121 700, am ddim, neu rhowch wybod ar-lein. Gallant siarad â chi yn eich iaith eich hun a gallwch aros yn ddienw.',
    },
    source: 'https://www.modernslaveryhelpline.org/',
    lastChecked: CHECKED,
  },
  samaritans: {
    name: { en: 'Samaritans', cy: 'Samariaid' },
    phone: '116 123',
    url: 'https://www.samaritans.org/',
    linkText: { en: 'Get support from Samaritans', cy: 'Cael cymorth gan y Samariaid' },
    howToContact: {
      en: 'Call Samaritans free on 116 123, day or night, to talk about anything that is troubling you. If you might act on thoughts of ending your life, call 999 now.',
      cy: 'Ffoniwch y Samariaid am ddim ar 116 123, ddydd neu nos, i siarad am unrhyw beth sy’n eich poeni. Os gallech weithredu ar feddyliau am ddod â’ch bywyd i ben, ffoniwch 999 nawr.',
    },
    source: 'https://www.samaritans.org/',
    lastChecked: CHECKED,
  },
  'true-vision': {
    name: { en: 'True Vision', cy: 'True Vision' },
    url: 'https://www.report-it.org.uk/',
    linkText: { en: 'Report online hate to True Vision', cy: 'Rhoi gwybod i True Vision am gasineb ar-lein' },
    howToContact: {
      en: 'Report it online. True Vision is run by the police and passes your report to the right force.',
      cy: 'Rhowch wybod ar-lein. Mae True Vision yn cael ei redeg gan yr heddlu ac mae’n trosglwyddo eich adroddiad i’r heddlu cywir.',
    },
    source: 'https://www.report-it.org.uk/',
    lastChecked: CHECKED,
  },
  rspca: {
    name: { en: 'RSPCA', cy: 'RSPCA' },
    phone: '0300 1234 999',
    url: 'https://www.rspca.org.uk/',
    linkText: { en: 'Report animal cruelty to the RSPCA', cy: 'Rhoi gwybod i’r RSPCA am greulondeb at anifeiliaid' },
    howToContact: {
      en: 'Call the RSPCA cruelty line on 0300 1234 999, or report it on their website.',
      cy: 'Ffoniwch linell creulondeb yr RSPCA ar 0300 1234 999, neu rhowch wybod ar eu gwefan.',
    },
    source: 'https://www.rspca.org.uk/',
    lastChecked: CHECKED,
  },
  'forced-marriage-unit': {
    name: { en: 'Forced Marriage Unit', cy: 'yr Uned Priodasau Dan Orfod' },
    phone: '020 7008 0151',
    url: 'https://www.gov.uk/stop-forced-marriage',
    linkText: { en: 'Get help from the Forced Marriage Unit', cy: 'Cael help gan yr Uned Priodasau Dan Orfod' },
    howToContact: {
      en: 'Call the Forced Marriage Unit on 020 7008 0151 (from abroad, +44 20 7008 0151). It helps people in the UK and British nationals abroad.',
      cy: 'Ffoniwch yr Uned Priodasau Dan Orfod ar 020 7008 0151 (o dramor, +44 20 7008 0151). Mae’n helpu pobl yn y DU a dinasyddion Prydeinig dramor.',
    },
    source: 'https://www.gov.uk/stop-forced-marriage',
    lastChecked: CHECKED,
  },
  'nspcc-fgm': {
    name: { en: 'NSPCC FGM helpline', cy: 'Llinell gymorth FGM yr NSPCC' },
    phone: '0800 028 3550',
    url: 'https://www.nspcc.org.uk/',
    linkText: { en: 'Get advice from the NSPCC', cy: 'Cael cyngor gan yr NSPCC' },
    howToContact: {
      en: 'Call the NSPCC FGM helpline free on 0800 028 3550. You do not have to give your name.',
      cy: 'Ffoniwch linell gymorth FGM yr NSPCC am ddim ar 0800 028 3550. Nid oes rhaid i chi roi eich enw.',
    },
    source: 'https://www.nspcc.org.uk/',
    lastChecked: CHECKED,
  },
}

const FIND_COUNCIL = 'https://www.gov.uk/find-local-council'

function councilAgency(councils: Council[], contacts: LocalContact[] | undefined): Agency {
  const base = {
    id: 'local-council' as const,
    linkText: { en: 'Contact your council', cy: 'Cysylltu â’ch cyngor' },
  }
  const found = councils[0]
  if (found) {
    return {
      ...base,
      name: { en: `${found.name} council`, cy: `Cyngor ${found.name}` },
      url: FIND_COUNCIL,
      howToContact: {
        en: `Report it to ${found.name} council on its website. Find it on GOV.UK using the postcode.`,
        cy: `Rhowch wybod i Gyngor ${found.name} ar ei wefan. Dewch o hyd iddo ar GOV.UK gan ddefnyddio’r cod post.`,
      },
    }
  }
  const local = contacts?.find((c) => c.kind === 'council')
  if (local) {
    const how = local.phone ? ` or call ${local.phone}` : ''
    const howCy = local.phone ? ` neu ffoniwch ${local.phone}` : ''
    return {
      ...base,
      name: { en: local.name, cy: local.nameCy ?? local.name },
      ...(local.phone ? { phone: local.phone } : {}),
      url: local.url ?? FIND_COUNCIL,
      howToContact: {
        en: `${local.description} Report it on their website${how}.`,
        cy: `${local.descriptionCy ?? local.description} Rhowch wybod ar eu gwefan${howCy}.`,
      },
    }
  }
  return {
    ...base,
    name: { en: 'your local council', cy: 'eich cyngor lleol' },
    url: FIND_COUNCIL,
    linkText: { en: 'Find your local council on GOV.UK', cy: 'Dod o hyd i’ch cyngor lleol ar GOV.UK' },
    howToContact: {
      en: 'Find your local council on GOV.UK by entering the postcode, then report it on the council’s website.',
      cy: 'Dewch o hyd i’ch cyngor lleol ar GOV.UK drwy roi’r cod post, yna rhowch wybod ar wefan y cyngor.',
    },
  }
}

/** Looks a postcode up without letting a faulty lookup break the journey. */
export function lookUp(context: TriageContext | undefined, postcode: string) {
  if (!context?.places) return undefined
  try {
    return context.places(postcode) ?? undefined
  } catch {
    return undefined
  }
}

/** An agency with how to reach it, as an outcome or a page shows it. */
export function agencyContact(agencyId: keyof typeof agencies): Agency {
  // Where the facts were checked is for the people who keep this file, not part of what a person is shown.
  const { source: _source, lastChecked: _lastChecked, ...contact } = agencies[agencyId]
  return { id: agencyId, ...contact }
}

interface RedirectBase {
  serviceId: string
  serviceVersion: number
  ruleId: string
}

export function redirectTo(
  base: RedirectBase,
  agencyId: Exclude<AgencyId, 'another-force'>,
  why: Text,
  context: TriageContext | undefined,
  postcode: string | undefined,
): RedirectOutcome {
  if (agencyId === 'local-council') {
    const councils = postcode ? (lookUp(context, postcode)?.councils ?? []) : []
    return { ...base, type: 'REDIRECT', agency: councilAgency(councils, context?.localContacts), why, councils }
  }
  const agency = agencyContact(agencyId)
  if (agencyId === 'nhs-111' && context?.forces?.(context.forceId)?.welsh) {
    agency.url = 'https://111.wales.nhs.uk/'
  }
  return { ...base, type: 'REDIRECT', agency, why }
}
