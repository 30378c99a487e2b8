// Submit dashcam or other video of bad driving (the national "Operation Snap" model). Footage must be sent
// within 14 days so a notice of intended prosecution can be served in time, and the person must be
// willing to sign a statement and go to court. The report ends with a signed statement.
import { is, no, oneOf } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

export default defineService({
  id: 'dashcam-evidence',
  version: 2,
  title: t('Send dashcam or video evidence of bad driving', 'Anfon tystiolaeth camera cerbyd neu fideo o yrru gwael'),
  description: t(
    'Send us video of dangerous or careless driving, such as using a phone or passing a cyclist too closely.',
    'Anfonwch fideo atom o yrru peryglus neu ddiofal, fel defnyddio ffôn neu basio beiciwr yn rhy agos.',
  ),
  category: 'roads',
  quickExit: false,
  declaration: 'statement',
  queue: 'roads-policing',
  questions: [
    {
      id: 'within-14-days',
      type: 'yes-no',
      cyAnswer: 'do',
      text: t('Did it happen in the last 14 days?', 'A ddigwyddodd yn ystod y 14 diwrnod diwethaf?'),
      hint: t('We can only take action if we receive the video within 14 days.', 'Dim ond os byddwn yn cael y fideo o fewn 14 diwrnod y gallwn weithredu.'),
      required: t('Select yes if it happened in the last 14 days', 'Dewiswch ‘Do’ os digwyddodd yn ystod y 14 diwrnod diwethaf'),
    },
    {
      id: 'offence',
      type: 'single-choice',
      text: t('What did the driver do?', 'Beth wnaeth y gyrrwr?'),
      options: [
        opt('dangerous', 'Drove dangerously or aggressively', 'Gyrru’n beryglus neu’n ymosodol'),
        opt('phone', 'Used a mobile phone while driving', 'Defnyddio ffôn symudol wrth yrru'),
        opt('red-light', 'Went through a red light', 'Mynd drwy olau coch'),
        opt('close-pass', 'Passed a cyclist, horse rider or person walking too closely', 'Pasio beiciwr, marchog neu rywun yn cerdded yn rhy agos'),
        opt('lines', 'Crossed solid white lines or drove on the wrong side', 'Croesi llinellau gwyn solet neu yrru ar yr ochr anghywir'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what the driver did', 'Dewiswch beth wnaeth y gyrrwr'),
    },
    {
      id: 'road-user',
      type: 'single-choice',
      text: t('How were you travelling?', 'Sut oeddech chi’n teithio?'),
      options: [
        opt('driving', 'Driving', 'Gyrru'),
        opt('cycling', 'Cycling', 'Beicio'),
        opt('walking', 'Walking', 'Cerdded'),
        opt('horse', 'Riding a horse', 'Marchogaeth ceffyl'),
        opt('passenger', 'As a passenger', 'Fel teithiwr'),
      ],
      required: t('Select how you were travelling', 'Dewiswch sut oeddech chi’n teithio'),
    },
    { id: 'registration', type: 'vehicle-registration', text: t('What is the registration number of the vehicle you are reporting?', 'Beth yw rhif cofrestru’r cerbyd rydych yn rhoi gwybod amdano?') },
    {
      id: 'make-model',
      type: 'short-text',
      optional: true,
      text: t('What are the make, model and colour of the vehicle?', 'Beth yw gwneuthuriad, model a lliw’r cerbyd?'),
      hint: t('Leave this blank if you do not know.', 'Gadewch hwn yn wag os nad ydych yn gwybod.'),
    },
    {
      id: 'footage',
      type: 'evidence-upload',
      slots: 3,
      text: t('Upload the video', 'Uwchlwythwch y fideo'),
      hint: t(
        'Include at least 2 minutes before and 2 minutes after it happened, unedited, with sound if you have it.',
        'Cynhwyswch o leiaf 2 funud cyn a 2 funud ar ôl iddo ddigwydd, heb ei olygu, gyda sain os oes gennych hi.',
      ),
      required: t('Upload the video', 'Uwchlwythwch y fideo'),
    },
    {
      id: 'willing-to-attend-court',
      type: 'yes-no',
      cyAnswer: 'byddwn',
      text: t('Would you go to court to give evidence if you were asked to?', 'A fyddech yn mynd i’r llys i roi tystiolaeth pe bai gofyn i chi?'),
      hint: t('Most cases do not go to court, but we can only act if you would.', 'Nid yw’r rhan fwyaf o achosion yn mynd i’r llys, ond dim ond os byddech chi’n fodlon y gallwn weithredu.'),
      required: t('Select yes if you would go to court', 'Dewiswch ‘Byddwn’ os byddech yn mynd i’r llys'),
    },
    c.postcode,
    c.where,
    c.whenDate,
    c.details,
    c.contact(),
    c.statement,
  ],
  stops: [
    {
      id: 'dashcam.too-old',
      when: no('within-14-days'),
      outcome: 'ADVICE',
      title: t('We cannot act on video older than 14 days', 'Ni allwn weithredu ar fideo sy’n hŷn na 14 diwrnod'),
      advice: t(
        'The law gives us 14 days to tell a driver they may be prosecuted, so we cannot take action on this video. If someone was hurt or you think a crime is still being committed, call 101.',
        'Mae’r gyfraith yn rhoi 14 diwrnod i ni ddweud wrth yrrwr y gallai gael ei erlyn, felly ni allwn weithredu ar y fideo hwn. Os cafodd rhywun ei frifo neu os ydych yn meddwl bod trosedd yn dal i gael ei chyflawni, ffoniwch 101.',
      ),
    },
    {
      id: 'dashcam.not-willing',
      when: no('willing-to-attend-court'),
      outcome: 'ADVICE',
      title: t('We need a witness who would go to court', 'Mae angen tyst arnom a fyddai’n mynd i’r llys'),
      advice: t(
        'We can only take action on video when the person who sends it would give evidence if the case went to court. If you change your mind, you can start again.',
        'Dim ond pan fyddai’r unigolyn sy’n ei anfon yn rhoi tystiolaeth pe bai’r achos yn mynd i’r llys y gallwn weithredu ar fideo. Os byddwch yn newid eich meddwl, gallwch ddechrau eto.',
      ),
    },
  ],
  assess: [
    {
      ...c.baseline('dashcam.reported', 'Video evidence of bad driving was sent.', 'Anfonwyd tystiolaeth fideo o yrru gwael.', { investigation: 2 }),
      flags: ['evidence-dashcam'],
    },
    {
      id: 'dashcam.dangerous',
      when: is('offence', 'dangerous'),
      reason: t('The driving was dangerous or aggressive.', 'Roedd y gyrru’n beryglus neu’n ymosodol.'),
      thrive: { threat: 2, harm: 1 },
    },
    {
      id: 'dashcam.phone',
      when: is('offence', 'phone'),
      reason: t('The driver was using a mobile phone.', 'Roedd y gyrrwr yn defnyddio ffôn symudol.'),
      thrive: { risk: 1 },
    },
    {
      id: 'dashcam.vulnerable-road-user',
      when: oneOf('road-user', 'cycling', 'walking', 'horse'),
      reason: t('The person reporting was cycling, walking or riding a horse.', 'Roedd yr unigolyn sy’n rhoi gwybod yn beicio, yn cerdded neu’n marchogaeth ceffyl.'),
      thrive: { vulnerability: 1, harm: 1 },
    },
  ],
})
