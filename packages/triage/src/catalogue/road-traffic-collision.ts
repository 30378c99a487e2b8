// Report a road traffic collision where nobody was hurt. The law (Road Traffic Act 1988, s.170) says a
// driver who did not exchange details at the scene must report it to the police within 24 hours. The
// report ends with a signed statement.
import { all, is, no, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const driver = is('role', 'driver')

export default defineService({
  id: 'road-traffic-collision',
  version: 2,
  title: t('Report a road traffic collision', 'Rhoi gwybod am wrthdrawiad traffig ffordd'),
  description: t(
    'A collision on the road where vehicles or property were damaged and nobody was hurt.',
    'Gwrthdrawiad ar y ffordd lle cafodd cerbydau neu eiddo eu difrodi ac ni chafodd neb ei frifo.',
  ),
  category: 'roads',
  quickExit: false,
  declaration: 'statement',
  queue: 'roads-policing',
  questions: [
    {
      id: 'injured',
      type: 'single-choice',
      text: t('Was anyone hurt?', 'A gafodd unrhyw un ei frifo?'),
      options: [
        opt('no', 'No', 'Naddo'),
        opt('needs-help-now', 'Yes, and someone needs medical help now', 'Do, ac mae angen help meddygol ar rywun nawr'),
        opt('yes', 'Yes, but nobody needs medical help now', 'Do, ond nid oes angen help meddygol ar neb nawr'),
      ],
      required: t('Select whether anyone was hurt', 'Dewiswch a gafodd unrhyw un ei frifo'),
    },
    {
      id: 'road-blocked',
      type: 'yes-no',
      cyAnswer: 'ydy',
      text: t('Is a vehicle or debris blocking the road or causing a danger now?', 'A yw cerbyd neu falurion yn rhwystro’r ffordd neu’n achosi perygl nawr?'),
      required: t('Select yes if the road is blocked or there is a danger now', 'Dewiswch ‘Ydy’ os yw’r ffordd wedi’i rhwystro neu os oes perygl nawr'),
    },
    {
      id: 'role',
      type: 'single-choice',
      text: t('Were you driving one of the vehicles?', 'A oeddech chi’n gyrru un o’r cerbydau?'),
      options: [opt('driver', 'Yes, I was a driver', 'Oeddwn, roeddwn i’n yrrwr'), opt('other', 'No, I was a passenger, a witness or the owner', 'Nac oeddwn, roeddwn i’n deithiwr, yn dyst neu’n berchennog')],
      required: t('Select yes if you were driving one of the vehicles', 'Dewiswch ‘Oeddwn’ os oeddech yn gyrru un o’r cerbydau'),
    },
    {
      id: 'details-exchanged',
      type: 'yes-no',
      cyAnswer: 'do',
      when: driver,
      text: t('Did every driver stop and give their name, address and registration number to the others?', 'A wnaeth pob gyrrwr stopio a rhoi ei enw, cyfeiriad a rhif cofrestru i’r lleill?'),
      required: t('Select yes if every driver gave their details', 'Dewiswch ‘Do’ os rhoddodd pob gyrrwr ei fanylion'),
    },
    {
      id: 'failed-to-stop',
      type: 'yes-no',
      cyAnswer: 'do',
      text: t('Did another driver leave without stopping?', 'A wnaeth gyrrwr arall adael heb stopio?'),
      required: t('Select yes if another driver left without stopping', 'Dewiswch ‘Do’ os gadawodd gyrrwr arall heb stopio'),
    },
    {
      id: 'impaired',
      type: 'yes-no',
      cyAnswer: 'ydw',
      notSure: t('I do not know', 'Dydw i ddim yn gwybod'),
      text: t('Do you think another driver had been drinking or taking drugs?', 'A ydych chi’n meddwl bod gyrrwr arall wedi bod yn yfed neu’n cymryd cyffuriau?'),
      required: t('Select yes if you think another driver had been drinking or taking drugs', 'Dewiswch ‘Ydw’ os ydych yn meddwl bod gyrrwr arall wedi bod yn yfed neu’n cymryd cyffuriau'),
    },
    { id: 'own-registration', type: 'vehicle-registration', when: driver, text: t('What is the registration number of the vehicle you were driving?', 'Beth yw rhif cofrestru’r cerbyd roeddech chi’n ei yrru?') },
    {
      id: 'other-registration',
      type: 'vehicle-registration',
      optional: true,
      text: t('What is the registration number of the other vehicle?', 'Beth yw rhif cofrestru’r cerbyd arall?'),
      hint: t('Leave this blank if you do not know it.', 'Gadewch hwn yn wag os nad ydych yn ei wybod.'),
    },
    c.postcode,
    c.where,
    c.whenDate,
    c.evidence,
    c.evidenceFiles,
    c.details,
    c.contact(),
    c.statement,
  ],
  stops: [
    {
      id: 'rtc.needs-help-now',
      when: is('injured', 'needs-help-now'),
      outcome: 'EMERGENCY',
      reason: t('Someone was hurt and needs medical help now.', 'Cafodd rhywun ei frifo ac mae angen help meddygol arno nawr.'),
    },
    {
      id: 'rtc.road-blocked',
      when: yes('road-blocked'),
      outcome: 'EMERGENCY',
      reason: t('The road is blocked or there is a danger to other road users.', 'Mae’r ffordd wedi’i rhwystro neu mae perygl i ddefnyddwyr eraill y ffordd.'),
    },
    {
      id: 'rtc.injury',
      when: is('injured', 'yes'),
      outcome: 'ADVICE',
      title: t('Report an injury collision by phone or in person', 'Rhowch wybod am wrthdrawiad ag anafiadau dros y ffôn neu wyneb yn wyneb'),
      advice: t(
        'Collisions where someone was hurt cannot be reported online. Call 101, or go to a police station, within 24 hours. Take your driving licence and insurance certificate.',
        'Ni ellir rhoi gwybod ar-lein am wrthdrawiadau lle cafodd rhywun ei frifo. Ffoniwch 101, neu ewch i orsaf heddlu, o fewn 24 awr. Ewch â’ch trwydded yrru a’ch tystysgrif yswiriant.',
      ),
      links: [{ text: t('Reporting an accident: GOV.UK', 'Rhoi gwybod am ddamwain: GOV.UK'), url: 'https://www.gov.uk/reporting-an-accident' }],
    },
    {
      id: 'rtc.details-exchanged',
      when: all(driver, yes('details-exchanged'), no('failed-to-stop')),
      outcome: 'ADVICE',
      title: t('You do not need to report this to the police', 'Nid oes angen i chi roi gwybod i’r heddlu am hyn'),
      advice: t(
        'Nobody was hurt, every driver stopped and you exchanged details, so the law does not require a police report. Tell your insurer.',
        'Ni chafodd neb ei frifo, stopiodd pob gyrrwr a chyfnewidiwyd manylion, felly nid yw’r gyfraith yn gofyn am adroddiad i’r heddlu. Dywedwch wrth eich yswiriwr.',
      ),
      links: [{ text: t('Car accidents and the law: GOV.UK', 'Damweiniau car a’r gyfraith: GOV.UK'), url: 'https://www.gov.uk/reporting-an-accident' }],
    },
  ],
  assess: [
    c.baseline('rtc.reported', 'A damage-only road traffic collision.', 'Gwrthdrawiad traffig ffordd â difrod yn unig.', { harm: 1 }),
    {
      id: 'rtc.failed-to-stop',
      when: yes('failed-to-stop'),
      reason: t('A driver left without stopping (failing to stop is an offence).', 'Gadawodd gyrrwr heb stopio (mae methu â stopio yn drosedd).'),
      thrive: { harm: 1, risk: 1 },
    },
    {
      id: 'rtc.other-registration',
      when: { q: 'other-registration', given: true },
      reason: t('The other vehicle’s registration number is known.', 'Mae rhif cofrestru’r cerbyd arall yn hysbys.'),
      thrive: { investigation: 2 },
    },
    {
      id: 'rtc.impaired',
      when: yes('impaired'),
      reason: t('A driver may have been drinking or taking drugs.', 'Efallai bod gyrrwr wedi bod yn yfed neu’n cymryd cyffuriau.'),
      thrive: { threat: 2, risk: 2 },
      atLeast: 'high',
    },
    ...c.evidenceRules,
  ],
})
