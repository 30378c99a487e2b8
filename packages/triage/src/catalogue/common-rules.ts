// Assessment rules for the questions in common.ts, shared by the services that ask them.
import { all, field, has, is, yes } from '../conditions.ts'
import type { AssessRule } from '../types.ts'
import { t } from './define.ts'

// --- Assessment rules for the shared questions. ---------------------------------------------------------

export const [childRule, olderRule, disabilityRule, repeatRule]: [AssessRule, AssessRule, AssessRule, AssessRule] = [
  {
    id: 'victim.child',
    when: is('victim-age', 'under-18'),
    reason: t('The person it happened to is a child.', 'Plentyn yw’r unigolyn y digwyddodd iddo.'),
    flags: ['vulnerable-child'],
    thrive: { vulnerability: 3 },
    atLeast: 'medium',
  },
  {
    id: 'victim.older',
    when: is('victim-age', '65-or-over'),
    reason: t('The person it happened to is 65 or over.', 'Mae’r unigolyn y digwyddodd iddo yn 65 oed neu’n hŷn.'),
    flags: ['vulnerable-older'],
    thrive: { vulnerability: 2 },
  },
  {
    id: 'victim.disability',
    when: is('disability', 'yes'),
    reason: t(
      'The person it happened to has a disability or condition that makes them more at risk.',
      'Mae gan yr unigolyn y digwyddodd iddo anabledd neu gyflwr sy’n ei roi mewn mwy o berygl.',
    ),
    flags: ['vulnerable-disability'],
    thrive: { vulnerability: 2 },
  },
  {
    id: 'victim.repeat',
    when: yes('repeat'),
    reason: t('It has happened to them before.', 'Mae wedi digwydd iddynt o’r blaen.'),
    flags: ['repeat-victim'],
    thrive: { risk: 2, threat: 1 },
  },
]

export const [suspectKnownRule, ...evidenceRules]: [AssessRule, ...AssessRule[]] = [
  {
    id: 'suspect.known',
    when: yes('suspect-known'),
    reason: t('The person reporting knows who did it.', 'Mae’r unigolyn sy’n rhoi gwybod yn gwybod pwy wnaeth hyn.'),
    flags: ['suspect-known'],
    thrive: { investigation: 2 },
  },
  {
    id: 'evidence.cctv',
    when: has('evidence', 'cctv'),
    reason: t('There is CCTV or doorbell camera footage.', 'Mae lluniau teledu cylch cyfyng neu gamera cloch drws.'),
    flags: ['evidence-cctv'],
    thrive: { investigation: 1 },
  },
  {
    id: 'evidence.dashcam',
    when: has('evidence', 'dashcam'),
    reason: t('There is dashcam or other video.', 'Mae fideo camera cerbyd neu fideo arall.'),
    flags: ['evidence-dashcam'],
    thrive: { investigation: 1 },
  },
  {
    id: 'evidence.photos',
    when: has('evidence', 'photos'),
    reason: t('There are photos.', 'Mae lluniau.'),
    flags: ['evidence-other'],
    thrive: { investigation: 1 },
  },
  {
    id: 'evidence.witnesses',
    when: has('evidence', 'witnesses'),
    reason: t('Someone else saw it happen.', 'Gwelodd rhywun arall y peth yn digwydd.'),
    flags: ['evidence-witness'],
    thrive: { investigation: 1 },
  },
]

export const victimRules = [childRule, olderRule, disabilityRule, repeatRule]
export const investigationRules = [suspectKnownRule, ...evidenceRules]

/** For services that allow anonymous reports. */
export const anonymousRule: AssessRule = {
    id: 'contact.anonymous',
    when: field('contact', 'anonymous', true),
    reason: t('The person reporting chose to stay anonymous, so we cannot contact them.', 'Dewisodd yr unigolyn sy’n rhoi gwybod aros yn ddienw, felly ni allwn gysylltu ag ef.'),
    flags: ['anonymous'],
  }

/** A rule that always fires: the baseline for the kind of report, so every rationale starts somewhere. */
export const baseline = (id: string, en: string, cy: string, thrive: AssessRule['thrive']): AssessRule => ({
  id,
  when: all(),
  reason: t(en, cy),
  ...(thrive ? { thrive } : {}),
})
