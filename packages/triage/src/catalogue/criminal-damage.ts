// Report criminal damage: someone deliberately damaged or destroyed property, including by fire or graffiti.
import { all, is, oneOf, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const personal = oneOf('damaged', 'home', 'vehicle')

export default defineService({
  id: 'criminal-damage',
  version: 3,
  title: t('Report criminal damage', 'Rhoi gwybod am ddifrod troseddol'),
  description: t(
    'Someone deliberately damaged your home, vehicle or other property, including graffiti and fires.',
    'Gwnaeth rhywun ddifrodi eich cartref, cerbyd neu eiddo arall yn fwriadol, gan gynnwys graffiti a thanau.',
  ),
  category: 'crime',
  quickExit: false,
  declaration: 'truth',
  queue: 'volume-crime',
  questions: [
    c.danger,
    c.happeningNow,
    c.suspectNearby,
    {
      id: 'damaged',
      type: 'single-choice',
      text: t('What was damaged?', 'Beth gafodd ei ddifrodi?'),
      options: [
        opt('home', 'My home or garden', 'Fy nghartref neu ardd'),
        opt('vehicle', 'My vehicle', 'Fy ngherbyd'),
        opt('business', 'A shop or business', 'Siop neu fusnes'),
        opt('public', 'Something in a public place, like a bus shelter, sign or park', 'Rhywbeth mewn man cyhoeddus, fel lloches bws, arwydd neu barc'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what was damaged', 'Dewiswch beth gafodd ei ddifrodi'),
    },
    {
      id: 'graffiti',
      type: 'yes-no',
      cyAnswer: 'ie',
      when: is('damaged', 'public'),
      text: t('Is it graffiti?', 'Ai graffiti ydyw?'),
      required: t('Select yes if it is graffiti', 'Dewiswch ‘Ie’ os mai graffiti ydyw'),
    },
    {
      id: 'fire',
      type: 'yes-no',
      cyAnswer: 'do',
      text: t('Was anything set on fire?', 'A gafodd unrhyw beth ei roi ar dân?'),
      required: t('Select yes if anything was set on fire', 'Dewiswch ‘Do’ os cafodd unrhyw beth ei roi ar dân'),
    },
    {
      id: 'cost',
      type: 'single-choice',
      text: t('Roughly how much will it cost to repair?', 'Tua faint fydd cost ei drwsio?'),
      options: [
        opt('under-500', 'Less than £500', 'Llai na £500'),
        opt('500-to-5000', '£500 to £5,000', '£500 i £5,000'),
        opt('over-5000', 'More than £5,000', 'Mwy na £5,000'),
        opt('not-sure', 'I do not know', 'Dydw i ddim yn gwybod'),
      ],
      required: t('Select roughly how much it will cost to repair', 'Dewiswch tua faint fydd cost ei drwsio'),
    },
    {
      id: 'targeted',
      type: 'yes-no',
      cyAnswer: 'ydw',
      notSure: t('I do not know', 'Dydw i ddim yn gwybod'),
      text: t('Do you think it was done because of who you are?', 'A ydych chi’n meddwl iddo gael ei wneud oherwydd pwy ydych chi?'),
      hint: t(
        'For example, because of your race, religion, disability, sexual orientation or because you are transgender.',
        'Er enghraifft, oherwydd eich hil, crefydd, anabledd, cyfeiriadedd rhywiol neu oherwydd eich bod yn drawsryweddol.',
      ),
      required: t('Select yes if you think it was done because of who you are', 'Dewiswch ‘Ydw’ os ydych yn meddwl iddo gael ei wneud oherwydd pwy ydych chi'),
    },
    c.postcode,
    c.where,
    c.whenDate,
    c.victimAge(personal),
    c.disability(personal),
    c.repeat,
    c.suspectKnown,
    c.suspectName,
    c.suspectDescription,
    c.evidence,
    c.evidenceFiles,
    c.details,
    c.contact(),
    c.truth,
  ],
  stops: [
    c.stopDanger,
    c.stopHappeningNow,
    c.stopSuspectNearby,
    {
      id: 'criminal-damage.public-graffiti',
      when: all(is('damaged', 'public'), yes('graffiti')),
      outcome: 'REDIRECT',
      agency: 'local-council',
      why: t(
        'Councils remove graffiti from public places. Tell them where it is and they will clean it up.',
        'Mae cynghorau’n cael gwared ar graffiti o fannau cyhoeddus. Dywedwch wrthynt ble mae a byddant yn ei lanhau.',
      ),
    },
  ],
  assess: [
    c.baseline('criminal-damage.reported', 'Property was deliberately damaged.', 'Cafodd eiddo ei ddifrodi’n fwriadol.', { harm: 1 }),
    {
      id: 'criminal-damage.arson',
      when: yes('fire'),
      reason: t('Something was set on fire (arson), which can put lives at risk.', 'Cafodd rhywbeth ei roi ar dân (llosgi bwriadol), a all beryglu bywydau.'),
      thrive: { threat: 2, harm: 2, risk: 1 },
      atLeast: 'medium',
    },
    {
      id: 'criminal-damage.costly',
      when: is('cost', 'over-5000'),
      reason: t('The repairs will cost more than £5,000.', 'Bydd y gwaith trwsio yn costio mwy na £5,000.'),
      thrive: { harm: 2 },
    },
    {
      id: 'criminal-damage.hate',
      when: yes('targeted'),
      reason: t('The person reporting thinks it was done because of who they are (hate crime).', 'Mae’r unigolyn sy’n rhoi gwybod yn meddwl iddo gael ei wneud oherwydd pwy ydyw (trosedd casineb).'),
      flags: ['hate-motivation'],
      thrive: { threat: 1, harm: 1, vulnerability: 1 },
      queue: 'hate-crime',
      atLeast: 'medium',
    },
    ...c.victimRules,
    ...c.investigationRules,
  ],
})
