// Report lost property. Most lost things are best reported to whoever is likely to have them; the police
// record lost firearms and things that may help identify a crime.
import { all, is, not, oneOf, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const firearm = is('item', 'firearm')

export default defineService({
  id: 'lost-property',
  version: 3,
  title: t('Report lost property', 'Rhoi gwybod am eiddo coll'),
  description: t('You have lost something and want to tell the police.', 'Rydych wedi colli rhywbeth ac eisiau dweud wrth yr heddlu.'),
  category: 'property',
  quickExit: false,
  declaration: 'none',
  queue: 'property',
  questions: [
    {
      id: 'item',
      type: 'single-choice',
      text: t('What have you lost?', 'Beth ydych chi wedi’i golli?'),
      options: [
        opt('phone-bag-wallet', 'A phone, bag, purse or wallet', 'Ffôn, bag, pwrs neu waled'),
        opt('keys', 'Keys', 'Allweddi'),
        opt('passport', 'A passport', 'Pasbort'),
        opt('driving-licence', 'A driving licence', 'Trwydded yrru'),
        opt('bank-card', 'A bank card', 'Cerdyn banc'),
        opt('firearm', 'A firearm, ammunition or a firearms certificate', 'Dryll, bwledi neu dystysgrif dryll'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what you have lost', 'Dewiswch beth rydych wedi’i golli'),
    },
    {
      id: 'stolen',
      type: 'yes-no',
      cyAnswer: 'ydw',
      when: not(firearm),
      text: t('Do you think it was stolen?', 'A ydych chi’n meddwl iddo gael ei ddwyn?'),
      required: t('Select yes if you think it was stolen', 'Dewiswch ‘Ydw’ os ydych yn meddwl iddo gael ei ddwyn'),
    },
    {
      id: 'where-lost',
      type: 'single-choice',
      when: not(firearm),
      text: t('Where did you lose it?', 'Ble wnaethoch chi ei golli?'),
      options: [
        opt('street', 'In the street or another public place', 'Yn y stryd neu fan cyhoeddus arall'),
        opt('transport', 'On public transport or in a taxi', 'Ar drafnidiaeth gyhoeddus neu mewn tacsi'),
        opt('venue', 'In a shop, venue or other business', 'Mewn siop, lleoliad neu fusnes arall'),
        opt('not-sure', 'I do not know', 'Dydw i ddim yn gwybod'),
      ],
      required: t('Select where you lost it', 'Dewiswch ble wnaethoch chi ei golli'),
    },
    {
      id: 'description',
      type: 'long-text',
      maxLength: 500,
      text: t('What does it look like?', 'Sut olwg sydd arno?'),
      hint: t('Include the make, colour and anything that makes it different.', 'Cynhwyswch y gwneuthuriad, y lliw ac unrhyw beth sy’n ei wneud yn wahanol.'),
      required: t('Enter what it looks like', 'Rhowch sut olwg sydd arno'),
      subject: t('the description', 'y disgrifiad'),
    },
    {
      id: 'serial',
      type: 'short-text',
      optional: true,
      text: t('Does it have a serial number or other identifying mark?', 'A oes ganddo rif cyfresol neu nod adnabod arall?'),
      hint: t('For a phone, this could be its IMEI number. Leave this blank if you do not know.', 'Ar gyfer ffôn, gallai hwn fod yn rhif IMEI. Gadewch hwn yn wag os nad ydych yn gwybod.'),
      subject: t('the serial number', 'y rhif cyfresol'),
    },
    { ...c.postcode, text: t('What is the postcode where you think you lost it?', 'Beth yw’r cod post lle rydych chi’n meddwl i chi ei golli?') },
    c.where,
    { id: 'when', type: 'date', text: t('When did you lose it?', 'Pryd wnaethoch chi ei golli?'), subject: t('the date you lost it', 'y dyddiad y gwnaethoch ei golli') },
    c.contact(),
  ],
  stops: [
    {
      id: 'lost.passport',
      when: is('item', 'passport'),
      outcome: 'ADVICE',
      title: t('Report a lost passport to HM Passport Office', 'Rhowch wybod i Swyddfa Basbort EF am basbort coll'),
      advice: t(
        'You need to tell HM Passport Office, which will cancel it so nobody else can use it. You do not need to report it to the police.',
        'Mae angen i chi ddweud wrth Swyddfa Basbort EF, a fydd yn ei ganslo fel na all neb arall ei ddefnyddio. Nid oes angen i chi roi gwybod i’r heddlu.',
      ),
      links: [{ text: t('Report a lost or stolen passport', 'Rhoi gwybod am basbort coll neu wedi’i ddwyn'), url: 'https://www.gov.uk/report-a-lost-or-stolen-passport' }],
    },
    {
      id: 'lost.driving-licence',
      when: is('item', 'driving-licence'),
      outcome: 'ADVICE',
      title: t('Replace a lost driving licence with the DVLA', 'Cael trwydded yrru newydd gan y DVLA'),
      advice: t('Apply to the DVLA for a replacement. You do not need to report it to the police.', 'Gwnewch gais i’r DVLA am un newydd. Nid oes angen i chi roi gwybod i’r heddlu.'),
      links: [{ text: t('Replace a driving licence', 'Cael trwydded yrru newydd'), url: 'https://www.gov.uk/apply-online-to-replace-a-driving-licence' }],
    },
    {
      id: 'lost.bank-card',
      when: is('item', 'bank-card'),
      outcome: 'ADVICE',
      title: t('Contact your bank straight away', 'Cysylltwch â’ch banc ar unwaith'),
      advice: t(
        'Call your bank or use its app to cancel the card. If money has been taken, your bank will tell you whether to report it to Report Fraud.',
        'Ffoniwch eich banc neu defnyddiwch ei ap i ganslo’r cerdyn. Os cymerwyd arian, bydd eich banc yn dweud wrthych a ddylech roi gwybod i Report Fraud.',
      ),
    },
    {
      id: 'lost.stolen',
      when: yes('stolen'),
      outcome: 'ADVICE',
      title: t('Report it as a theft instead', 'Rhowch wybod amdano fel lladrad yn lle hynny'),
      advice: t('If you think it was stolen, use the service to report a theft, so it is recorded as a crime.', 'Os ydych yn meddwl iddo gael ei ddwyn, defnyddiwch y gwasanaeth i roi gwybod am ladrad, fel ei fod yn cael ei gofnodi fel trosedd.'),
    },
    {
      id: 'lost.ask-the-operator',
      when: all(not(firearm), oneOf('where-lost', 'transport', 'venue')),
      outcome: 'ADVICE',
      title: t('Ask the place where you lost it', 'Gofynnwch i’r lle y gwnaethoch ei golli'),
      advice: t(
        'Things left on public transport, in taxis, shops and venues are usually handed to their staff. Contact the transport operator, taxi firm or business: they are far more likely to have it than the police.',
        'Fel arfer, mae pethau a adawyd ar drafnidiaeth gyhoeddus, mewn tacsis, siopau a lleoliadau yn cael eu rhoi i’w staff. Cysylltwch â’r cwmni trafnidiaeth, y cwmni tacsis neu’r busnes: maent yn llawer mwy tebygol o’i gael na’r heddlu.',
      ),
    },
  ],
  assess: [
    c.baseline('lost.reported', 'Lost property was reported.', 'Rhoddwyd gwybod am eiddo coll.', undefined),
    {
      id: 'lost.firearm',
      when: firearm,
      reason: t('A firearm, ammunition or firearms certificate is lost and could be misused.', 'Mae dryll, bwledi neu dystysgrif dryll ar goll a gallai gael ei gamddefnyddio.'),
      flags: ['weapon'],
      thrive: { threat: 3, risk: 2 },
      atLeast: 'high',
    },
    {
      id: 'lost.identifiable',
      when: { q: 'serial', given: true },
      reason: t('It has a serial number or mark, so it can be identified if found.', 'Mae ganddo rif cyfresol neu nod, felly gellir ei adnabod os daw rhywun o hyd iddo.'),
      thrive: { investigation: 1 },
    },
  ],
})
