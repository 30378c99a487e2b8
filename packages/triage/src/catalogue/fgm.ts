// Report female genital mutilation (FGM): a girl or woman at risk of it, or to whom it has been done. FGM is child
// abuse and a crime in the UK, and so is taking a girl abroad for it; a court can order that she is not taken. The
// people arranging it are usually family, so the journey is sensitive and asks how to contact the person safely.
// Every report is high priority; a trip abroad or a "cutting" that is close is the moment to act. Someone unsure
// whether a girl is at risk can talk to the NSPCC FGM helpline first, but a professional who learns that it has been
// done to a girl under 18 must report it to the police.
import { all, given, is, oneOf, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const child = yes('under-18')

export default defineService({
  id: 'fgm',
  version: 1,
  title: t('Report female genital mutilation (FGM)', 'Rhoi gwybod am anffurfio organau cenhedlu benywod (FGM)'),
  description: t(
    'A girl or woman is at risk of female genital mutilation, sometimes called cutting, or it has been done to her.',
    'Mae merch neu fenyw mewn perygl o anffurfio organau cenhedlu benywod, a elwir weithiau’n dorri, neu mae wedi’i wneud iddi.',
  ),
  category: 'crime',
  quickExit: true,
  sensitive: true,
  safeContact: true,
  helplines: ['fgm'],
  declaration: 'truth',
  queue: 'safeguarding',
  questions: [
    c.danger,
    {
      id: 'want',
      type: 'single-choice',
      text: t('What would you like to do?', 'Beth hoffech chi ei wneud?'),
      hint: t(
        'If you are a teacher, doctor, nurse or social worker and a girl under 18 tells you FGM has been done to her, or you see signs of it, you must report it to the police.',
        'Os ydych yn athro, meddyg, nyrs neu weithiwr cymdeithasol a bod merch o dan 18 oed yn dweud wrthych fod FGM wedi’i wneud iddi, neu eich bod yn gweld arwyddion ohono, rhaid i chi roi gwybod i’r heddlu.',
      ),
      options: [
        opt('report', 'Report it to the police', 'Rhoi gwybod i’r heddlu'),
        opt('advice', 'Get advice first, for example if I am not sure a girl is at risk', 'Cael cyngor yn gyntaf, er enghraifft os nad wyf yn siŵr bod merch mewn perygl'),
      ],
      required: t('Select what you would like to do', 'Dewiswch beth hoffech chi ei wneud'),
    },
    {
      id: 'situation',
      type: 'single-choice',
      sensitive: true,
      text: t('What is it about?', 'Am beth mae hyn?'),
      options: [
        opt('at-risk', 'A girl or woman is at risk of FGM', 'Mae merch neu fenyw mewn perygl o FGM'),
        opt('done', 'FGM has been done to a girl or woman', 'Mae FGM wedi’i wneud i ferch neu fenyw'),
      ],
      required: t('Select what it is about', 'Dewiswch am beth mae hyn'),
    },
    {
      id: 'under-18',
      type: 'yes-no',
      cyAnswer: 'ydy',
      sensitive: true,
      text: t('Is she under 18?', 'A yw hi o dan 18 oed?'),
      hint: t('If it is about you, answer for yourself.', 'Os yw hyn amdanoch chi, atebwch drosoch chi eich hun.'),
      required: t('Select yes if she is under 18', 'Dewiswch ‘Ydy’ os yw hi o dan 18 oed'),
    },
    {
      id: 'when-planned',
      type: 'single-choice',
      sensitive: true,
      when: is('situation', 'at-risk'),
      text: t('When do you think it could happen?', 'Pryd ydych chi’n meddwl y gallai ddigwydd?'),
      hint: t(
        'For example, a trip abroad to family, or a special ceremony or “celebration” for her.',
        'Er enghraifft, taith dramor at deulu, neu seremoni neu “ddathliad” arbennig iddi.',
      ),
      options: [
        opt('days', 'In the next few days', 'Yn y dyddiau nesaf'),
        opt('weeks', 'In the next few weeks, such as in the school holidays', 'Yn yr wythnosau nesaf, fel yng ngwyliau’r ysgol'),
        opt('not-sure', 'I do not know', 'Nid wyf yn gwybod'),
      ],
      required: t('Select when you think it could happen', 'Dewiswch pryd rydych chi’n meddwl y gallai ddigwydd'),
    },
    {
      id: 'reporter',
      type: 'single-choice',
      sensitive: true,
      text: t('How do you know about it?', 'Sut ydych chi’n gwybod am hyn?'),
      options: [
        opt('self', 'It is about me', 'Mae hyn amdanaf fi'),
        opt('family', 'I am family or a friend', 'Rwy’n deulu neu’n ffrind'),
        opt('professional', 'Through my work, such as in a school, GP surgery or hospital', 'Drwy fy ngwaith, fel mewn ysgol, meddygfa neu ysbyty'),
        opt('other', 'Another way', 'Mewn ffordd arall'),
      ],
      required: t('Select how you know about it', 'Dewiswch sut rydych yn gwybod am hyn'),
    },
    {
      ...c.postcode,
      text: t('What is the postcode where she lives?', 'Beth yw’r cod post lle mae hi’n byw?'),
      hint: t('Leave this blank if you do not know it.', 'Gadewch hwn yn wag os nad ydych yn ei wybod.'),
    },
    { ...c.where, text: t('Where does she live?', 'Ble mae hi’n byw?'), required: t('Enter where she lives', 'Rhowch ble mae hi’n byw') },
    {
      id: 'her-name',
      type: 'short-text',
      sensitive: true,
      optional: true,
      maxLength: 200,
      text: t('What is her name?', 'Beth yw ei henw?'),
      hint: t(
        'And anything that would help us find her, such as her school. Leave this blank if you do not know or it is you.',
        'Ac unrhyw beth a fyddai’n ein helpu i ddod o hyd iddi, fel ei hysgol. Gadewch hwn yn wag os nad ydych yn gwybod neu os mai chi ydyw.',
      ),
      subject: t('her name', 'ei henw'),
    },
    {
      id: 'suspect-name',
      type: 'short-text',
      sensitive: true,
      optional: true,
      maxLength: 200,
      text: t('Who is arranging it, or who did it?', 'Pwy sy’n ei drefnu, neu pwy a’i gwnaeth?'),
      hint: t('Their names, or how they are related to her. Leave this blank if you do not know.', 'Eu henwau, neu sut maen nhw’n perthyn iddi. Gadewch hwn yn wag os nad ydych yn gwybod.'),
      subject: t('who is arranging it', 'pwy sy’n ei drefnu'),
    },
    { ...c.details, sensitive: true },
    c.contact(true),
    c.truth,
  ],
  stops: [
    c.stopDanger,
    {
      id: 'fgm.advice-first',
      when: is('want', 'advice'),
      outcome: 'REDIRECT',
      agency: 'nspcc-fgm',
      why: t(
        'The NSPCC FGM helpline gives free advice to anyone worried that a girl is at risk, and passes on what you tell them to the police or social services when a child needs protecting. You do not have to give your name.',
        'Mae llinell gymorth FGM yr NSPCC yn rhoi cyngor am ddim i unrhyw un sy’n poeni bod merch mewn perygl, ac mae’n trosglwyddo’r hyn rydych yn ei ddweud wrthynt i’r heddlu neu’r gwasanaethau cymdeithasol pan fydd angen diogelu plentyn. Nid oes rhaid i chi roi eich enw.',
      ),
    },
  ],
  assess: [
    {
      id: 'fgm.reported',
      when: all(),
      reason: t('Female genital mutilation: a girl or woman at risk, or to whom it has been done.', 'Anffurfio organau cenhedlu benywod: merch neu fenyw mewn perygl, neu y mae wedi’i wneud iddi.'),
      flags: ['fgm'],
      thrive: { harm: 3, vulnerability: 2 },
      queue: 'safeguarding',
      atLeast: 'high',
    },
    {
      id: 'fgm.child',
      when: child,
      reason: t('She is a child.', 'Plentyn yw hi.'),
      flags: ['child-at-risk', 'vulnerable-child'],
      thrive: { vulnerability: 3 },
    },
    {
      id: 'fgm.imminent',
      when: oneOf('when-planned', 'days', 'weeks'),
      reason: t('It could happen soon: a protection order may be needed now.', 'Gallai ddigwydd yn fuan: efallai y bydd angen gorchymyn diogelu nawr.'),
      thrive: { threat: 3, risk: 3 },
    },
    {
      id: 'fgm.done',
      when: is('situation', 'done'),
      reason: t('It has been done: she may need medical care and support, and other girls in the family may be at risk.', 'Mae wedi’i wneud: efallai y bydd angen gofal meddygol a chymorth arni, a gallai merched eraill yn y teulu fod mewn perygl.'),
      flags: ['injury'],
      thrive: { investigation: 2, risk: 1 },
    },
    {
      id: 'fgm.professional',
      when: is('reporter', 'professional'),
      reason: t('A professional is reporting it (they may be under the duty to report FGM).', 'Gweithiwr proffesiynol sy’n rhoi gwybod (efallai ei fod o dan y ddyletswydd i roi gwybod am FGM).'),
      thrive: { investigation: 1, engagement: 1 },
    },
    {
      id: 'fgm.named',
      when: given('suspect-name'),
      reason: t('The people arranging it, or who did it, are named.', 'Mae’r bobl sy’n ei drefnu, neu a’i gwnaeth, wedi’u henwi.'),
      flags: ['suspect-known'],
      thrive: { investigation: 2 },
    },
    c.anonymousRule,
  ],
})
