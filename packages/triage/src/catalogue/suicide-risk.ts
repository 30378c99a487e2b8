// Asking about suicide risk where it is known to run high: people being blackmailed over sexual images, young people
// above all, have taken their own lives within hours. Someone who may act on it now is sent to 999 with Samaritans
// beside it; someone safe for now is flagged so the report is read first, and the service shows Samaritans.
import { is } from '../conditions.ts'
import type { AssessRule, Condition, Link, Question, StopRule, Text } from '../types.ts'
import { samaritansAdvice, samaritansLink } from './common.ts'
import { opt, t } from './text.ts'

export const SELF_HARM = 'self-harm'

/**
 * "Is … thinking about harming themselves or ending their life?", about the person the service names, or (`self`)
 * "Are you …?" to the person reporting.
 */
export function selfHarmQuestion(when: Condition | undefined, text: Text, hint?: Text, self = false): Question {
  return {
    id: SELF_HARM,
    type: 'single-choice',
    sensitive: true,
    ...(when ? { when } : {}),
    text,
    ...(hint ? { hint } : {}),
    options: self
      ? [
          opt('act-now', 'Yes, and I might act on it now', 'Ydw, a gallwn weithredu ar hynny nawr'),
          opt('yes', 'Yes, but I am safe right now', 'Ydw, ond rwy’n ddiogel ar hyn o bryd'),
          opt('no', 'No', 'Nac ydw'),
        ]
      : [
          opt('act-now', 'Yes, and they might act on it now', 'Ydy, a gallent weithredu ar hynny nawr'),
          opt('yes', 'Yes, but they are safe right now', 'Ydy, ond maent yn ddiogel ar hyn o bryd'),
          opt('no', 'No, or I do not know', 'Nac ydy, neu nid wyf yn gwybod'),
        ],
    required: self
      ? t('Select whether you are thinking about harming yourself', 'Dewiswch a ydych yn meddwl am niweidio eich hun')
      : t('Select whether they are thinking about harming themselves', 'Dewiswch a ydynt yn meddwl am niweidio eu hunain'),
  }
}

/** 999 now, with Samaritans (and any other `links`) beside it. */
export const stopSelfHarmNow = (id: string, links: Link[] = []): StopRule => ({
  id,
  when: is(SELF_HARM, 'act-now'),
  outcome: 'EMERGENCY',
  reason: t('Someone might act on thoughts of ending their life now.', 'Gallai rhywun weithredu ar feddyliau am ddod â’i fywyd i ben nawr.'),
  advice: samaritansAdvice,
  links: [samaritansLink, ...links],
})

export const selfHarmRule = (id: string): AssessRule => ({
  id,
  when: is(SELF_HARM, 'yes'),
  reason: t('Someone involved is thinking about harming themselves or ending their life.', 'Mae rhywun dan sylw yn meddwl am niweidio ei hun neu ddod â’i fywyd i ben.'),
  flags: ['suicide-risk'],
  thrive: { harm: 3, vulnerability: 3 },
  atLeast: 'high',
})
