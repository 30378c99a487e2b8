// The other agencies a journey can send someone to, with how to reach them. A redirect is a good outcome:
// the person gets to the right place first time, and the count of them is a headline figure.
import { getForce } from './forces.ts'
import type { Agency, Council, LocalContact, RedirectOutcome, TriageContext } from './outcome.ts'
import type { AgencyId, Text } from './types.ts'

type StaticAgency = Omit<Agency, 'id'>

export const agencies: Record<Exclude<AgencyId, 'local-council' | 'another-force'>, StaticAgency> = {
  'action-fraud': {
    name: { en: 'Action Fraud', cy: 'Action Fraud' },
    phone: '0300 123 2040',
    textphone: '18001 0300 123 2040',
    url: 'https://www.actionfraud.police.uk/',
    linkText: { en: 'Report fraud to Action Fraud', cy: 'Rhoi gwybod am dwyll i Action Fraud' },
    howToContact: {
      en: 'Report it online at any time, or call Action Fraud on 0300 123 2040 (Monday to Friday, 8am to 8pm).',
      cy: 'Rhowch wybod ar-lein unrhyw bryd, neu ffoniwch Action Fraud ar 0300 123 2040 (dydd Llun i ddydd Gwener, 8am i 8pm).',
    },
  },
  ceop: {
    name: { en: 'CEOP (Child Exploitation and Online Protection)', cy: 'CEOP (Camfanteisio ar Blant a’u Diogelu Ar-lein)' },
    url: 'https://www.ceop.police.uk/ceop-reporting/',
    linkText: { en: 'Make a report to CEOP', cy: 'Gwneud adroddiad i CEOP' },
    howToContact: {
      en: 'Make a report online. CEOP’s child protection advisors will read it and contact you.',
      cy: 'Gwnewch adroddiad ar-lein. Bydd cynghorwyr amddiffyn plant CEOP yn ei ddarllen ac yn cysylltu â chi.',
    },
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
  },
  dvla: {
    name: { en: 'DVLA (Driver and Vehicle Licensing Agency)', cy: 'DVLA (Asiantaeth Trwyddedu Gyrwyr a Cherbydau)' },
    url: 'https://www.gov.uk/report-untaxed-vehicle',
    linkText: { en: 'Report an untaxed vehicle to the DVLA', cy: 'Rhoi gwybod i’r DVLA am gerbyd heb dreth' },
    howToContact: {
      en: 'Report it online on GOV.UK. You need the vehicle’s registration number.',
      cy: 'Rhowch wybod ar-lein ar GOV.UK. Bydd angen rhif cofrestru’r cerbyd arnoch.',
    },
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
  const agency: Agency = { id: agencyId, ...agencies[agencyId] }
  if (agencyId === 'nhs-111' && context && getForce(context.forceId)?.welsh) {
    agency.url = 'https://111.wales.nhs.uk/'
  }
  return { ...base, type: 'REDIRECT', agency, why }
}

export function anotherForce(base: RedirectBase, forceIds: string[]): RedirectOutcome {
  const names = forceIds.map((id) => getForce(id)).filter((f) => f !== undefined)
  const en = names.map((f) => f.name).join(' or ') || 'another police force'
  const cy = names.map((f) => f.nameCy ?? f.name).join(' neu ') || 'heddlu arall'
  return {
    ...base,
    type: 'REDIRECT',
    forceIds,
    agency: {
      id: 'another-force',
      name: { en, cy },
      url: 'https://www.police.uk/',
      linkText: { en: `Report it to ${en}`, cy: `Rhoi gwybod i ${cy}` },
      howToContact: {
        en: `Use the ${en} website to report it, or call 101.`,
        cy: `Defnyddiwch wefan ${cy} i roi gwybod, neu ffoniwch 101.`,
      },
    },
    why: {
      en: `It happened in the ${en} area, so that force needs to deal with it.`,
      cy: `Digwyddodd yn ardal ${cy}, felly mae angen i’r heddlu hwnnw ddelio ag ef.`,
    },
  }
}
