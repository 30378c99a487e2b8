// Report a theft: something taken from a person or a business, without a vehicle or a break-in.
import { all, is, not, oneOf, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const personal = not(yes('for-business'))

export default defineService({
  id: 'theft',
  version: 3,
  title: t('Report a theft', 'Rhoi gwybod am ladrad'),
  description: t(
    'Something was stolen from you or your business, such as a phone, bag, bicycle or stock from a shop.',
    'Cafodd rhywbeth ei ddwyn oddi arnoch chi neu eich busnes, fel ffôn, bag, beic neu stoc o siop.',
  ),
  category: 'crime',
  quickExit: false,
  declaration: 'truth',
  queue: 'volume-crime',
  questions: [
    c.danger,
    c.happeningNow,
    {
      id: 'how',
      type: 'single-choice',
      text: t('How was it taken?', 'Sut cafodd ei gymryd?'),
      options: [
        opt('taken', 'Someone took it without me knowing', 'Cymerodd rhywun ef heb i mi wybod', {
          hint: t('For example, pickpocketing, or from a shop, bag or garden.', 'Er enghraifft, pigo pocedi, neu o siop, bag neu ardd.'),
        }),
        opt('force-or-threat', 'Someone used force or threatened me', 'Defnyddiodd rhywun rym neu fy mygwth'),
        opt('tricked', 'I was tricked or scammed into handing it over or paying', 'Cefais fy nhwyllo i’w roi neu i dalu'),
        opt('online-or-bank', 'It was taken from my bank account or an online account', 'Cafodd ei gymryd o fy nghyfrif banc neu gyfrif ar-lein'),
        opt('not-sure', 'I do not know', 'Dydw i ddim yn gwybod'),
      ],
      required: t('Select how it was taken', 'Dewiswch sut cafodd ei gymryd'),
    },
    {
      id: 'for-business',
      type: 'yes-no',
      cyAnswer: 'ydw',
      text: t('Are you reporting this for a shop or business?', 'A ydych chi’n rhoi gwybod am hyn ar ran siop neu fusnes?'),
      required: t('Select yes if you are reporting for a shop or business', 'Dewiswch ‘Ydw’ os ydych yn rhoi gwybod ar ran siop neu fusnes'),
    },
    {
      id: 'stolen',
      type: 'multiple-choice',
      text: t('What was stolen?', 'Beth gafodd ei ddwyn?'),
      hint: t(
        'Select all that apply. If a car, van or motorbike was stolen, report vehicle crime instead.',
        'Dewiswch bob un sy’n berthnasol. Os cafodd car, fan neu feic modur ei ddwyn, rhowch wybod am drosedd cerbyd yn lle hynny.',
      ),
      options: [
        opt('phone', 'A mobile phone', 'Ffôn symudol'),
        opt('bag-or-wallet', 'A bag, purse or wallet', 'Bag, pwrs neu waled'),
        opt('bank-cards', 'Bank cards', 'Cardiau banc'),
        opt('money', 'Cash', 'Arian parod'),
        opt('bicycle', 'A bicycle', 'Beic'),
        opt('jewellery', 'Jewellery or a watch', 'Gemwaith neu oriawr'),
        opt('stock', 'Goods from a shop', 'Nwyddau o siop'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what was stolen', 'Dewiswch beth gafodd ei ddwyn'),
    },
    {
      id: 'value',
      type: 'single-choice',
      text: t('Roughly how much was it all worth?', 'Tua faint oedd gwerth y cyfan?'),
      options: [
        opt('under-100', 'Less than £100', 'Llai na £100'),
        opt('100-to-1000', '£100 to £1,000', '£100 i £1,000'),
        opt('over-1000', 'More than £1,000', 'Mwy na £1,000'),
        opt('not-sure', 'I do not know', 'Dydw i ddim yn gwybod'),
      ],
      required: t('Select roughly how much it was worth', 'Dewiswch tua faint oedd ei werth'),
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
    {
      id: 'theft.fraud',
      when: oneOf('how', 'tricked', 'online-or-bank'),
      outcome: 'REDIRECT',
      agency: 'action-fraud',
      why: t(
        'Fraud, scams and money taken from bank or online accounts are reported to Report Fraud, the national service for fraud and cybercrime.',
        'Rhoddir gwybod am dwyll, sgamiau ac arian a gymerwyd o gyfrifon banc neu gyfrifon ar-lein i Report Fraud, y gwasanaeth cenedlaethol ar gyfer twyll a seiberdrosedd.',
      ),
    },
  ],
  assess: [
    c.baseline('theft.reported', 'Something was stolen.', 'Cafodd rhywbeth ei ddwyn.', { harm: 1 }),
    {
      id: 'theft.robbery',
      when: is('how', 'force-or-threat'),
      reason: t('Force or threats were used to take it (robbery).', 'Defnyddiwyd grym neu fygythiadau i’w gymryd (lladrad).'),
      thrive: { threat: 3, harm: 2 },
      atLeast: 'high',
    },
    {
      id: 'theft.high-value',
      when: is('value', 'over-1000'),
      reason: t('What was stolen is worth more than £1,000.', 'Mae gwerth yr hyn a gafodd ei ddwyn yn fwy na £1,000.'),
      thrive: { harm: 1 },
    },
    {
      id: 'theft.business-known-offender',
      when: all(yes('for-business'), yes('suspect-known')),
      reason: t('A business knows who stole from it.', 'Mae busnes yn gwybod pwy wnaeth ddwyn oddi arno.'),
      thrive: { investigation: 1 },
    },
    ...c.victimRules,
    ...c.investigationRules,
  ],
})
