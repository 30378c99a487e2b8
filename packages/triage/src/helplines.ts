// Helplines a person on a sensitive journey can call for support, whatever they decide about reporting. Shown
// beside the journey and on its outcome pages, for the nation the force is in. Each entry names where its number
// was checked and when: helplines.test.ts fails once a check is more than a year old.
import type { HelplineTopic, Text } from './types.ts'

export type Nation = 'england' | 'wales'

export interface Helpline {
  id: string
  name: Text
  /** As written on the helpline's own site. */
  phone: string
  /** When it is open, and that it is free. */
  hours: Text
  /** Who it is for, in a sentence. */
  description: Text
  url: string
  topics: HelplineTopic[]
  nations: Nation[]
  /** The page the number and hours were checked against. */
  source: string
  /** When they were last checked (YYYY-MM-DD). */
  lastChecked: string
}

export const helplines: readonly Helpline[] = [
  {
    id: 'national-domestic-abuse-helpline',
    name: { en: 'National Domestic Abuse Helpline', cy: 'Llinell Gymorth Genedlaethol Cam-drin Domestig' },
    phone: '0808 2000 247',
    hours: { en: 'Free, 24 hours a day.', cy: 'Am ddim, 24 awr y dydd.' },
    description: {
      en: 'For anyone in England experiencing domestic abuse, or worried about someone. Run by Refuge.',
      cy: 'I unrhyw un yn Lloegr sy’n profi cam-drin domestig, neu sy’n poeni am rywun. Yn cael ei rhedeg gan Refuge.',
    },
    url: 'https://www.nationaldahelpline.org.uk/',
    topics: ['domestic-abuse'],
    nations: ['england'],
    source: 'https://www.nationaldahelpline.org.uk/',
    lastChecked: '2026-12-01',
  },
  {
    id: 'live-fear-free',
    name: { en: 'Live Fear Free', cy: 'Byw Heb Ofn' },
    phone: '0808 80 10 800',
    hours: { en: 'Free, 24 hours a day.', cy: 'Am ddim, 24 awr y dydd.' },
    description: {
      en: 'For anyone in Wales experiencing domestic abuse or sexual violence, or worried about someone.',
      cy: 'I unrhyw un yng Nghymru sy’n profi cam-drin domestig neu drais rhywiol, neu sy’n poeni am rywun.',
    },
    url: 'https://www.gov.wales/live-fear-free',
    topics: ['domestic-abuse'],
    nations: ['wales'],
    source: 'https://www.gov.wales/live-fear-free',
    lastChecked: '2026-12-01',
  },
  {
    id: 'mens-advice-line',
    name: { en: 'Men’s Advice Line', cy: 'Men’s Advice Line (Llinell Gyngor i Ddynion)' },
    phone: '0808 801 0327',
    hours: { en: 'Free. Open on weekdays: see the website for times.', cy: 'Am ddim. Ar agor yn ystod yr wythnos: gweler y wefan am yr amseroedd.' },
    description: {
      en: 'For men experiencing domestic abuse. Run by Respect.',
      cy: 'I ddynion sy’n profi cam-drin domestig. Yn cael ei rhedeg gan Respect.',
    },
    url: 'https://mensadviceline.org.uk/',
    topics: ['domestic-abuse'],
    nations: ['england', 'wales'],
    source: 'https://mensadviceline.org.uk/',
    lastChecked: '2026-12-01',
  },
  {
    id: 'national-stalking-helpline',
    name: { en: 'National Stalking Helpline', cy: 'Llinell Gymorth Genedlaethol Stelcio' },
    phone: '0808 802 0300',
    hours: { en: 'Free. Open on weekdays: see the website for times.', cy: 'Am ddim. Ar agor yn ystod yr wythnos: gweler y wefan am yr amseroedd.' },
    description: {
      en: 'Advice for anyone affected by stalking. Run by the Suzy Lamplugh Trust.',
      cy: 'Cyngor i unrhyw un sy’n cael ei effeithio gan stelcio. Yn cael ei rhedeg gan Ymddiriedolaeth Suzy Lamplugh.',
    },
    url: 'https://www.suzylamplugh.org/national-stalking-helpline',
    topics: ['stalking'],
    nations: ['england', 'wales'],
    source: 'https://www.suzylamplugh.org/national-stalking-helpline',
    lastChecked: '2026-12-01',
  },
  {
    id: 'nspcc-helpline',
    name: { en: 'NSPCC Helpline', cy: 'Llinell Gymorth yr NSPCC' },
    phone: '0808 800 5000',
    hours: { en: 'Free. See the website for opening times.', cy: 'Am ddim. Gweler y wefan am yr amseroedd agor.' },
    description: {
      en: 'For adults worried about a child. You do not have to give your name.',
      cy: 'I oedolion sy’n poeni am blentyn. Nid oes rhaid i chi roi eich enw.',
    },
    url: 'https://www.nspcc.org.uk/',
    topics: ['child-abuse'],
    nations: ['england', 'wales'],
    source: 'https://www.nspcc.org.uk/',
    lastChecked: '2026-12-01',
  },
  {
    id: 'childline',
    name: { en: 'Childline', cy: 'Childline' },
    phone: '0800 1111',
    hours: { en: 'Free, 24 hours a day.', cy: 'Am ddim, 24 awr y dydd.' },
    description: {
      en: 'For children and young people under 19, about anything that worries them.',
      cy: 'I blant a phobl ifanc o dan 19 oed, am unrhyw beth sy’n eu poeni.',
    },
    url: 'https://www.childline.org.uk/',
    topics: ['child-abuse', 'fgm'],
    nations: ['england', 'wales'],
    source: 'https://www.childline.org.uk/',
    lastChecked: '2026-12-01',
  },
  {
    id: 'nspcc-fgm-helpline',
    name: { en: 'NSPCC FGM helpline', cy: 'Llinell gymorth FGM yr NSPCC' },
    phone: '0800 028 3550',
    hours: { en: 'Free. You do not have to give your name.', cy: 'Am ddim. Nid oes rhaid i chi roi eich enw.' },
    description: {
      en: 'For anyone worried that a girl is at risk of female genital mutilation, or has had it done.',
      cy: 'I unrhyw un sy’n poeni bod merch mewn perygl o anffurfio organau cenhedlu benywod, neu ei bod wedi cael hyn.',
    },
    url: 'https://www.nspcc.org.uk/',
    topics: ['fgm'],
    nations: ['england', 'wales'],
    source: 'https://www.nspcc.org.uk/',
    lastChecked: '2026-12-01',
  },
  {
    id: 'revenge-porn-helpline',
    name: { en: 'Revenge Porn Helpline', cy: 'Revenge Porn Helpline (Llinell Gymorth Pornograffi Dial)' },
    phone: '0345 6000 459',
    hours: { en: 'See the website for opening times.', cy: 'Gweler y wefan am yr amseroedd agor.' },
    description: {
      en: 'For adults whose intimate images have been shared, or who are threatened with it. They help get images taken down.',
      cy: 'I oedolion y mae eu lluniau personol wedi’u rhannu, neu sy’n cael eu bygwth â hynny. Maent yn helpu i gael lluniau wedi’u tynnu i lawr.',
    },
    url: 'https://revengepornhelpline.org.uk/',
    topics: ['intimate-image-abuse'],
    nations: ['england', 'wales'],
    source: 'https://revengepornhelpline.org.uk/',
    lastChecked: '2026-12-01',
  },
  {
    id: 'modern-slavery-helpline',
    name: { en: 'Modern Slavery & Exploitation Helpline', cy: 'Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio' },
    phone: '08000 121 700',
    hours: { en: 'Free, 24 hours a day.', cy: 'Am ddim, 24 awr y dydd.' },
    description: {
      en: 'For anyone being forced to work or controlled, or worried about someone. Interpreters are available.',
      cy: 'I unrhyw un sy’n cael ei orfodi i weithio neu ei reoli, neu sy’n poeni am rywun. Mae cyfieithwyr ar gael.',
    },
    url: 'https://www.modernslaveryhelpline.org/',
    topics: ['modern-slavery'],
    nations: ['england', 'wales'],
    source: 'https://www.modernslaveryhelpline.org/',
    lastChecked: '2026-12-01',
  },
  {
    id: 'forced-marriage-unit',
    name: { en: 'Forced Marriage Unit', cy: 'Yr Uned Priodasau Dan Orfod' },
    phone: '020 7008 0151',
    hours: { en: 'See GOV.UK for opening times. From abroad, call +44 20 7008 0151.', cy: 'Gweler GOV.UK am yr amseroedd agor. O dramor, ffoniwch +44 20 7008 0151.' },
    description: {
      en: 'For anyone being forced into marriage, or worried about someone, in the UK or abroad.',
      cy: 'I unrhyw un sy’n cael ei orfodi i briodi, neu sy’n poeni am rywun, yn y DU neu dramor.',
    },
    url: 'https://www.gov.uk/stop-forced-marriage',
    topics: ['forced-marriage'],
    nations: ['england', 'wales'],
    source: 'https://www.gov.uk/stop-forced-marriage',
    lastChecked: '2026-12-01',
  },
  {
    id: 'samaritans',
    name: { en: 'Samaritans', cy: 'Samariaid' },
    phone: '116 123',
    hours: { en: 'Free, 24 hours a day.', cy: 'Am ddim, 24 awr y dydd.' },
    description: {
      en: 'For anyone struggling to cope, or thinking about ending their life. If you might act on it now, call 999.',
      cy: 'I unrhyw un sy’n ei chael hi’n anodd ymdopi, neu sy’n meddwl am ddod â’i fywyd i ben. Os gallech weithredu ar hynny nawr, ffoniwch 999.',
    },
    url: 'https://www.samaritans.org/',
    topics: ['suicide'],
    nations: ['england', 'wales'],
    source: 'https://www.samaritans.org/',
    lastChecked: '2026-12-01',
  },
]

/** The helplines on these topics for a force in this nation, in the order above (its own nation's first). */
export function helplinesFor(topics: readonly HelplineTopic[] | undefined, nation: Nation): Helpline[] {
  if (!topics || topics.length === 0) return []
  return helplines.filter((h) => h.nations.includes(nation) && h.topics.some((topic) => topics.includes(topic)))
}
