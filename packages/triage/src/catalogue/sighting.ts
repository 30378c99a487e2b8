// Report a sighting of a wanted or missing person, usually in answer to a police appeal. Someone who wants
// to stay anonymous about a wanted person is sent to Crimestoppers.
import { all, is, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const missing = is('who', 'missing')

export default defineService({
  id: 'sighting',
  version: 3,
  title: t('Report a sighting of a wanted or missing person', 'Rhoi gwybod am weld person sydd ar goll neu y mae’r heddlu yn chwilio amdano'),
  description: t(
    'You have seen someone from a police appeal: a missing person, or someone the police want to find.',
    'Rydych wedi gweld rhywun o apêl yr heddlu: person sydd ar goll, neu rywun y mae’r heddlu eisiau dod o hyd iddo.',
  ),
  category: 'information',
  quickExit: false,
  declaration: 'none',
  queue: 'missing-and-wanted',
  questions: [
    c.danger,
    {
      id: 'in-sight-now',
      type: 'yes-no',
      cyAnswer: 'gallaf',
      text: t('Can you see the person now?', 'A allwch chi weld yr unigolyn nawr?'),
      required: t('Select yes if you can see the person now', 'Dewiswch ‘Gallaf’ os gallwch weld yr unigolyn nawr'),
    },
    {
      id: 'who',
      type: 'single-choice',
      text: t('Who have you seen?', 'Pwy ydych chi wedi’i weld?'),
      options: [
        opt('missing', 'A missing person', 'Person sydd ar goll'),
        opt('wanted', 'Someone the police want to find', 'Rhywun y mae’r heddlu eisiau dod o hyd iddo'),
        opt('not-sure', 'I do not know', 'Dydw i ddim yn gwybod'),
      ],
      required: t('Select who you have seen', 'Dewiswch pwy rydych wedi’i weld'),
    },
    {
      id: 'stay-anonymous',
      type: 'yes-no',
      cyAnswer: 'ydw',
      when: is('who', 'wanted'),
      text: t('Do you want to stay anonymous?', 'A ydych chi eisiau aros yn ddienw?'),
      required: t('Select yes if you want to stay anonymous', 'Dewiswch ‘Ydw’ os ydych eisiau aros yn ddienw'),
    },
    {
      id: 'child',
      type: 'yes-no',
      cyAnswer: 'ydw',
      notSure: t('I do not know', 'Dydw i ddim yn gwybod'),
      when: missing,
      text: t('Do you think they are under 18?', 'A ydych chi’n meddwl eu bod o dan 18?'),
      required: t('Select yes if you think they are under 18', 'Dewiswch ‘Ydw’ os ydych yn meddwl eu bod o dan 18'),
    },
    {
      id: 'appeal',
      type: 'short-text',
      optional: true,
      text: t('What is their name, or the appeal reference?', 'Beth yw eu henw, neu gyfeirnod yr apêl?'),
      hint: t('Leave this blank if you do not know.', 'Gadewch hwn yn wag os nad ydych yn gwybod.'),
    },
    { ...c.postcode, text: t('What is the postcode where you saw them?', 'Beth yw’r cod post lle gwelsoch chi nhw?') },
    c.where,
    { ...c.whenDate, text: t('When did you see them?', 'Pryd gwelsoch chi nhw?') },
    {
      id: 'appearance',
      type: 'person-description',
      optional: true,
      text: t('What did they look like?', 'Sut olwg oedd arnyn nhw?'),
      hint: t('What they were wearing helps most.', 'Mae’r hyn roedden nhw’n ei wisgo yn helpu fwyaf.'),
    },
    { ...c.details, text: t('What else can you tell us?', 'Beth arall allwch chi ei ddweud wrthym?'), hint: t('For example, who they were with and which way they went.', 'Er enghraifft, gyda phwy oedden nhw a pha ffordd aethon nhw.') },
    c.contact(),
  ],
  stops: [
    c.stopDanger,
    {
      id: 'sighting.in-sight-now',
      when: yes('in-sight-now'),
      outcome: 'EMERGENCY',
      reason: t('The person can be seen now, so officers may be able to reach them.', 'Gellir gweld yr unigolyn nawr, felly efallai y gall swyddogion eu cyrraedd.'),
    },
    {
      id: 'sighting.anonymous',
      when: yes('stay-anonymous'),
      outcome: 'REDIRECT',
      agency: 'crimestoppers',
      why: t('Crimestoppers passes information to the police without ever knowing who you are.', 'Mae Crimestoppers yn trosglwyddo gwybodaeth i’r heddlu heb fyth wybod pwy ydych chi.'),
    },
  ],
  assess: [
    c.baseline('sighting.reported', 'Someone from a police appeal was seen.', 'Gwelwyd rhywun o apêl yr heddlu.', { investigation: 2, threat: 1 }),
    {
      id: 'sighting.missing',
      when: missing,
      reason: t('A missing person may have been seen.', 'Efallai bod person sydd ar goll wedi cael ei weld.'),
      thrive: { risk: 2, harm: 1 },
      atLeast: 'medium',
    },
    {
      id: 'sighting.missing-child',
      when: all(missing, yes('child')),
      reason: t('The missing person may be a child.', 'Efallai mai plentyn yw’r person sydd ar goll.'),
      flags: ['vulnerable-child'],
      thrive: { vulnerability: 3 },
      atLeast: 'high',
    },
    {
      id: 'sighting.wanted',
      when: is('who', 'wanted'),
      reason: t('A wanted person may have been seen.', 'Efallai bod person y mae’r heddlu yn chwilio amdano wedi cael ei weld.'),
      thrive: { threat: 1 },
    },
  ],
})
