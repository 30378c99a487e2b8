// Report a breach of emergency public-health rules (such as limits on gatherings during a pandemic). Off
// nationally until emergency rules are in force: see offByDefault in ./index.ts. Reword the questions to
// match the rules of the day before switching it on.
import { is, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

export default defineService({
  id: 'public-health-breach',
  version: 3,
  title: t('Report a breach of public health rules', 'Rhoi gwybod am dorri rheolau iechyd y cyhoedd'),
  description: t(
    'Tell us about a gathering, business or person breaking the emergency public health rules.',
    'Dywedwch wrthym am gynulliad, busnes neu unigolyn sy’n torri’r rheolau iechyd y cyhoedd brys.',
  ),
  category: 'incident',
  quickExit: false,
  declaration: 'none',
  queue: 'public-health',
  questions: [
    c.danger,
    {
      id: 'kind',
      type: 'single-choice',
      text: t('What is happening?', 'Beth sy’n digwydd?'),
      options: [
        opt('gathering', 'A gathering bigger than the rules allow', 'Cynulliad mwy nag y mae’r rheolau’n ei ganiatáu'),
        opt('business', 'A business open when it should be closed', 'Busnes ar agor pan ddylai fod ar gau'),
        opt('isolation', 'Someone not self-isolating when they must', 'Rhywun nad yw’n hunanynysu pan fo rhaid'),
        opt('health', 'I have a question about symptoms or my health', 'Mae gennyf gwestiwn am symptomau neu fy iechyd'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what is happening', 'Dewiswch beth sy’n digwydd'),
    },
    {
      id: 'size',
      type: 'single-choice',
      when: is('kind', 'gathering'),
      text: t('Roughly how many people are there?', 'Tua faint o bobl sydd yno?'),
      options: [opt('under-30', 'Fewer than 30', 'Llai na 30'), opt('30-to-100', '30 to 100', '30 i 100'), opt('over-100', 'More than 100', 'Mwy na 100')],
      required: t('Select roughly how many people are there', 'Dewiswch tua faint o bobl sydd yno'),
    },
    {
      id: 'ongoing',
      type: 'yes-no',
      cyAnswer: 'ydy',
      text: t('Is it happening now?', 'A yw’n digwydd nawr?'),
      required: t('Select yes if it is happening now', 'Dewiswch ‘Ydy’ os yw’n digwydd nawr'),
    },
    c.postcode,
    c.where,
    c.whenDate,
    { ...c.details, maxLength: 1000 },
    c.contact(true),
  ],
  stops: [
    c.stopDanger,
    {
      id: 'public-health.health-question',
      when: is('kind', 'health'),
      outcome: 'REDIRECT',
      agency: 'nhs-111',
      why: t('NHS 111 can answer questions about symptoms and your health.', 'Gall GIG 111 ateb cwestiynau am symptomau a’ch iechyd.'),
    },
  ],
  assess: [
    c.baseline('public-health.reported', 'A breach of public health rules was reported.', 'Rhoddwyd gwybod am dorri rheolau iechyd y cyhoedd.', { harm: 1 }),
    {
      id: 'public-health.ongoing',
      when: yes('ongoing'),
      reason: t('It is happening now.', 'Mae’n digwydd nawr.'),
      flags: ['suspect-present'],
      thrive: { threat: 1, investigation: 1 },
    },
    {
      id: 'public-health.large-gathering',
      when: is('size', 'over-100'),
      reason: t('More than 100 people are gathered.', 'Mae mwy na 100 o bobl wedi ymgynnull.'),
      thrive: { harm: 2, risk: 1 },
    },
    {
      id: 'public-health.business',
      when: is('kind', 'business'),
      reason: t('A business is open when it should be closed.', 'Mae busnes ar agor pan ddylai fod ar gau.'),
      thrive: { harm: 1 },
    },
    c.anonymousRule,
  ],
})
