// Report found property. Dangerous finds are emergencies; most other finds are best returned to whoever
// is likely to be looking for them.
import { is, oneOf } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

export default defineService({
  id: 'found-property',
  version: 1,
  title: t('Report found property', 'Rhoi gwybod am eiddo a ganfuwyd'),
  description: t('You have found something and want to hand it in or tell the police.', 'Rydych wedi dod o hyd i rywbeth ac eisiau ei roi i mewn neu ddweud wrth yr heddlu.'),
  category: 'property',
  quickExit: false,
  declaration: 'none',
  queue: 'property',
  questions: [
    {
      id: 'item',
      type: 'single-choice',
      text: t('What have you found?', 'Beth ydych chi wedi dod o hyd iddo?'),
      options: [
        opt('phone-bag-wallet', 'A phone, bag, purse or wallet', 'Ffôn, bag, pwrs neu waled'),
        opt('keys', 'Keys', 'Allweddi'),
        opt('passport', 'A passport', 'Pasbort'),
        opt('bank-card', 'A bank card', 'Cerdyn banc'),
        opt('weapon', 'A gun, ammunition, explosive or something that looks like one', 'Gwn, bwledi, ffrwydryn neu rywbeth sy’n edrych fel un'),
        opt('needles', 'Used needles or syringes', 'Nodwyddau neu chwistrelli wedi’u defnyddio'),
        opt('drugs', 'Drugs', 'Cyffuriau'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what you have found', 'Dewiswch beth rydych wedi dod o hyd iddo'),
    },
    {
      id: 'where-found',
      type: 'single-choice',
      text: t('Where did you find it?', 'Ble daethoch chi o hyd iddo?'),
      options: [
        opt('street', 'In the street or another public place', 'Yn y stryd neu fan cyhoeddus arall'),
        opt('transport', 'On public transport or in a taxi', 'Ar drafnidiaeth gyhoeddus neu mewn tacsi'),
        opt('venue', 'In a shop, venue or other business', 'Mewn siop, lleoliad neu fusnes arall'),
      ],
      required: t('Select where you found it', 'Dewiswch ble daethoch chi o hyd iddo'),
    },
    {
      id: 'description',
      type: 'long-text',
      maxLength: 500,
      text: t('What does it look like?', 'Sut olwg sydd arno?'),
      required: t('Enter what it looks like', 'Rhowch sut olwg sydd arno'),
      subject: t('the description', 'y disgrifiad'),
    },
    { ...c.postcode, text: t('What is the postcode where you found it?', 'Beth yw’r cod post lle daethoch chi o hyd iddo?') },
    c.where,
    { id: 'when', type: 'date', text: t('When did you find it?', 'Pryd daethoch chi o hyd iddo?'), subject: t('the date you found it', 'y dyddiad y daethoch o hyd iddo') },
    c.contact(),
  ],
  stops: [
    {
      id: 'found.weapon',
      when: is('item', 'weapon'),
      outcome: 'EMERGENCY',
      reason: t('A gun, ammunition or explosive is dangerous. Do not touch or move it.', 'Mae gwn, bwledi neu ffrwydryn yn beryglus. Peidiwch â’i gyffwrdd na’i symud.'),
    },
    {
      id: 'found.needles',
      when: is('item', 'needles'),
      outcome: 'REDIRECT',
      agency: 'local-council',
      why: t('Councils collect discarded needles safely. Do not pick them up.', 'Mae cynghorau’n casglu nodwyddau wedi’u taflu yn ddiogel. Peidiwch â’u codi.'),
    },
    {
      id: 'found.passport',
      when: is('item', 'passport'),
      outcome: 'ADVICE',
      title: t('Send a found passport to HM Passport Office', 'Anfonwch basbort a ganfuwyd at Swyddfa Basbort EF'),
      advice: t('Post it to HM Passport Office, which will return it to its owner or cancel it.', 'Postiwch ef at Swyddfa Basbort EF, a fydd yn ei ddychwelyd i’w berchennog neu’n ei ganslo.'),
      links: [{ text: t('What to do with a found passport', 'Beth i’w wneud â phasbort a ganfuwyd'), url: 'https://www.gov.uk/report-a-lost-or-stolen-passport' }],
    },
    {
      id: 'found.bank-card',
      when: is('item', 'bank-card'),
      outcome: 'ADVICE',
      title: t('Return a found bank card to the bank', 'Dychwelwch gerdyn banc a ganfuwyd i’r banc'),
      advice: t(
        'Call the number on the back of the card so the bank can cancel it, then cut it in half through the chip.',
        'Ffoniwch y rhif ar gefn y cerdyn fel y gall y banc ei ganslo, yna torrwch ef yn ei hanner drwy’r sglodyn.',
      ),
    },
    {
      id: 'found.hand-to-operator',
      when: oneOf('where-found', 'transport', 'venue'),
      outcome: 'ADVICE',
      title: t('Hand it to the staff there', 'Rhowch ef i’r staff yno'),
      advice: t(
        'Give it to the transport operator, taxi firm or business where you found it: the owner is most likely to ask them.',
        'Rhowch ef i’r cwmni trafnidiaeth, y cwmni tacsis neu’r busnes lle daethoch o hyd iddo: mae’r perchennog yn fwyaf tebygol o ofyn iddyn nhw.',
      ),
    },
  ],
  assess: [
    c.baseline('found.reported', 'Found property was reported.', 'Rhoddwyd gwybod am eiddo a ganfuwyd.', undefined),
    {
      id: 'found.drugs',
      when: is('item', 'drugs'),
      reason: t('Drugs were found and need to be collected safely.', 'Daethpwyd o hyd i gyffuriau ac mae angen eu casglu’n ddiogel.'),
      thrive: { harm: 1, risk: 1 },
    },
  ],
})
