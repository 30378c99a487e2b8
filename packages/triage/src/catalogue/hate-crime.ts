// Report a hate crime or hate incident: anything done to someone because of who they are. Third-party and
// anonymous reports are accepted, and the journey has quick exit. Hate material online that is not aimed at the
// person or anyone they know goes to True Vision, the police's national site for online hate; material that
// encourages terrorism goes to ACT.
import { all, is, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

export default defineService({
  id: 'hate-crime',
  version: 3,
  title: t('Report a hate crime or incident', 'Rhoi gwybod am drosedd neu ddigwyddiad casineb'),
  description: t(
    'Someone was targeted because of their race, religion, disability, sexual orientation or because they are transgender.',
    'Cafodd rhywun ei dargedu oherwydd ei hil, crefydd, anabledd, cyfeiriadedd rhywiol neu oherwydd ei fod yn drawsryweddol.',
  ),
  category: 'crime',
  quickExit: true,
  declaration: 'truth',
  queue: 'hate-crime',
  questions: [
    c.danger,
    c.happeningNow,
    {
      id: 'kind',
      type: 'single-choice',
      text: t('What happened?', 'Beth ddigwyddodd?'),
      options: [
        opt('abuse', 'Verbal abuse, threats or insults', 'Cam-drin geiriol, bygythiadau neu sarhad'),
        opt('violence', 'Someone was attacked or hurt', 'Ymosodwyd ar rywun neu cafodd ei frifo'),
        opt('damage', 'Property was damaged', 'Cafodd eiddo ei ddifrodi'),
        opt('online', 'Something online, such as posts or messages', 'Rhywbeth ar-lein, fel negeseuon neu bostiadau'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what happened', 'Dewiswch beth ddigwyddodd'),
    },
    {
      id: 'needs-help-now',
      type: 'yes-no',
      cyAnswer: 'oes',
      when: is('kind', 'violence'),
      text: t('Does anyone need medical help right now?', 'A oes angen help meddygol ar unrhyw un ar hyn o bryd?'),
      required: t('Select yes if anyone needs medical help right now', 'Dewiswch ‘Oes’ os oes angen help meddygol ar unrhyw un ar hyn o bryd'),
    },
    {
      id: 'extremist',
      type: 'yes-no',
      cyAnswer: 'ydy',
      when: is('kind', 'online'),
      text: t('Does it encourage terrorism or violent extremism?', 'A yw’n annog terfysgaeth neu eithafiaeth dreisgar?'),
      hint: t('For example, it praises a terrorist attack or calls for violence against a group.', 'Er enghraifft, mae’n canmol ymosodiad terfysgol neu’n galw am drais yn erbyn grŵp.'),
      required: t('Select yes if it encourages terrorism or violent extremism', 'Dewiswch ‘Ydy’ os yw’n annog terfysgaeth neu eithafiaeth dreisgar'),
    },
    {
      id: 'aimed-at',
      type: 'yes-no',
      cyAnswer: 'oedd',
      when: all(is('kind', 'online'), is('extremist', 'no')),
      text: t('Was it aimed at you, or at someone you know?', 'A oedd wedi’i anelu atoch chi, neu at rywun rydych yn ei adnabod?'),
      hint: t(
        'For example, messages sent to you, or posts about you or your family. Select no if you came across it online.',
        'Er enghraifft, negeseuon a anfonwyd atoch, neu bostiadau amdanoch chi neu eich teulu. Dewiswch ‘Nac oedd’ os daethoch ar ei draws ar-lein.',
      ),
      required: t('Select yes if it was aimed at you or someone you know', 'Dewiswch ‘Oedd’ os oedd wedi’i anelu atoch chi neu at rywun rydych yn ei adnabod'),
    },
    {
      id: 'motivation',
      type: 'multiple-choice',
      sensitive: true,
      text: t('Why do you think it happened?', 'Pam ydych chi’n meddwl iddo ddigwydd?'),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
      options: [
        opt('race', 'Race or ethnicity', 'Hil neu ethnigrwydd'),
        opt('religion', 'Religion or belief', 'Crefydd neu gred'),
        opt('disability', 'Disability', 'Anabledd'),
        opt('sexual-orientation', 'Sexual orientation', 'Cyfeiriadedd rhywiol'),
        opt('transgender', 'Being transgender', 'Bod yn drawsryweddol'),
        opt('other', 'Something else about who they are', 'Rhywbeth arall am bwy ydyn nhw'),
      ],
      required: t('Select why you think it happened', 'Dewiswch pam rydych chi’n meddwl iddo ddigwydd'),
    },
    c.postcode,
    c.where,
    c.whenDate,
    c.victimAge(),
    c.disability(),
    c.repeat,
    c.suspectKnown,
    c.suspectName,
    c.suspectDescription,
    c.evidence,
    c.evidenceFiles,
    c.details,
    c.contact(true),
    c.truth,
  ],
  stops: [
    c.stopDanger,
    c.stopHappeningNow,
    {
      id: 'hate.needs-help-now',
      when: all(is('kind', 'violence'), yes('needs-help-now')),
      outcome: 'EMERGENCY',
      reason: t('Someone needs medical help now.', 'Mae angen help meddygol ar rywun nawr.'),
    },
    {
      id: 'hate.extremist',
      when: all(is('kind', 'online'), yes('extremist')),
      outcome: 'REDIRECT',
      agency: 'anti-terrorism',
      why: t(
        'Online material that encourages terrorism is reported through ACT online, so specialist officers can have it removed.',
        'Rhoddir gwybod am ddeunydd ar-lein sy’n annog terfysgaeth drwy ACT ar-lein, fel y gall swyddogion arbenigol ei dynnu i lawr.',
      ),
    },
    {
      id: 'hate.online-true-vision',
      when: all(is('kind', 'online'), is('extremist', 'no'), is('aimed-at', 'no')),
      outcome: 'REDIRECT',
      agency: 'true-vision',
      why: t(
        'Hate material you come across online is best reported to True Vision, the police’s national site for online hate. It passes your report to the right force, wherever the person who posted it is, and can ask for it to be taken down.',
        'Y ffordd orau o roi gwybod am ddeunydd casineb y dewch ar ei draws ar-lein yw drwy True Vision, gwefan genedlaethol yr heddlu ar gyfer casineb ar-lein. Mae’n trosglwyddo eich adroddiad i’r heddlu cywir, ble bynnag mae’r unigolyn a’i postiodd, a gall ofyn iddo gael ei dynnu i lawr.',
      ),
    },
  ],
  assess: [
    {
      ...c.baseline('hate.reported', 'Someone was targeted because of who they are.', 'Cafodd rhywun ei dargedu oherwydd pwy ydyw.', { harm: 2, threat: 1, vulnerability: 1 }),
      flags: ['hate-motivation'],
      atLeast: 'medium',
    },
    {
      id: 'hate.violence',
      when: is('kind', 'violence'),
      reason: t('Someone was attacked or hurt.', 'Ymosodwyd ar rywun neu cafodd ei frifo.'),
      flags: ['injury'],
      thrive: { threat: 2, harm: 2 },
      atLeast: 'high',
    },
    {
      id: 'hate.damage',
      when: is('kind', 'damage'),
      reason: t('Property was damaged.', 'Cafodd eiddo ei ddifrodi.'),
      thrive: { harm: 1 },
    },
    ...c.victimRules,
    ...c.investigationRules,
    c.anonymousRule,
  ],
})
