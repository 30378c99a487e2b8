import type { Messages } from './en.ts'

/** Y catalog negeseuon Cymraeg. Welsh translations of every key in en.ts. */
export const cy: Messages = {
  common: {
    skipLink: 'Neidio i’r prif gynnwys',
    phase: 'Beta',
    phaseBanner: 'Mae hwn yn wasanaeth newydd. Bydd eich adborth yn ein helpu i’w wella.',
    emergencyWarning: 'Mewn argyfwng, ffoniwch 999. Os ydych yn fyddar neu’n methu siarad, tecstiwch 18000.',
    emergencyWarningIcon: 'Rhybudd',
    home: 'Hafan',
    services: 'Gwasanaethau ar-lein',
    trackReport: 'Dilyn adroddiad',
    nonEmergency: 'Heb fod yn argyfwng: ffoniwch {{number}}',
    textphone: 'Ffôn testun: {{number}}',
    emergencyTextRelay: 'Cyfnewid testun mewn argyfwng: {{number}}',
    footerNavigation: 'Dolenni cymorth',
    accessibility: 'Datganiad hygyrchedd',
    privacy: 'Preifatrwydd',
    cookies: 'Cwcis',
    poweredBy: 'Yn rhedeg ar bluelamp, gorsaf heddlu ddigidol cod agored.',
    languageToggle: 'English',
    navigation: 'Dewislen',
    address: 'Cyfeiriad: {{address}}',
  },
  home: {
    title: '{{force}}',
    intro:
      'Rhowch wybod am drosedd neu ddigwyddiad, dywedwch wrthym am rywbeth rydych wedi’i weld, neu cysylltwch â {{force}} ar-lein, ar unrhyw adeg.',
    emergencyHeading: 'Mewn argyfwng',
    emergencyBody:
      'Ffoniwch 999 os yw trosedd yn digwydd nawr, os yw rhywun mewn perygl uniongyrchol neu wedi’i anafu’n ddifrifol, neu os yw’r sawl a amheuir gerllaw o hyd.',
    nonEmergencyHeading: 'Pan nad yw’n argyfwng',
    nonEmergencyBody: 'Defnyddiwch y gwasanaethau isod, neu ffoniwch {{number}}.',
    servicesHeading: 'Rhoi gwybod a chysylltu ar-lein',
    allServices: 'Gweld pob gwasanaeth ar-lein',
  },
  national: {
    title: 'Dod o hyd i’ch heddlu',
    intro:
      'Mae gan bob heddlu yn y DU ei wefan ei hun ar bluelamp. Dewiswch eich heddlu i roi gwybod am drosedd, dweud wrthynt am ddigwyddiad neu gysylltu â nhw ar-lein.',
    listHeading: 'Heddluoedd o A i Y',
    metaTitle: 'Dod o hyd i’ch heddlu',
    finderHeading: 'Dod o hyd i’ch heddlu drwy god post',
  },
  find: {
    label: 'Cod post',
    hint: 'Er enghraifft, LE1 1AA. Gallwch roi’r rhan gyntaf yn unig, fel LE1.',
    submit: 'Dod o hyd i’ch heddlu',
    errorTitle: 'Mae problem wedi codi',
    errorPrefix: 'Gwall',
    metaTitleError: 'Gwall: Dod o hyd i’ch heddlu',
    errorEmpty: 'Rhowch god post, fel LE1 1AA',
    errorInvalid: 'Rhowch god post go iawn, fel LE1 1AA',
    errorUnknown: 'Ni allwn ddod o hyd i heddlu ar gyfer {{postcode}}. Gwiriwch y cod post, neu dewiswch eich heddlu o’r rhestr isod',
    choiceTitle: 'Dewiswch eich heddlu',
    choiceIntro:
      'Mae codau post sy’n dechrau {{outcode}} yn cynnwys rhannau o fwy nag un ardal heddlu. Dewiswch yr heddlu ar gyfer y man lle digwyddodd, neu lle rydych yn byw.',
    choiceCouncils: 'Yn cynnwys rhannau o {{councils}}',
    choiceNotSure:
      'Os nad ydych yn siŵr, dewiswch unrhyw un ohonynt. Mae heddlu sy’n cael adroddiad am ardal heddlu arall yn ei anfon ymlaen.',
    welshOffered: 'Gwefan yn Gymraeg a Saesneg',
    searchAgain: 'Chwilio am god post arall',
    attribution:
      'Yn cynnwys gwybodaeth y sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0. Ffynhonnell: Swyddfa Ystadegau Gwladol. Yn cynnwys data OS © Hawlfraint y Goron a hawliau cronfa ddata; yn cynnwys data’r Post Brenhinol © Hawlfraint a hawliau cronfa ddata’r Post Brenhinol.',
  },
  notFound: {
    hostTitle: 'Nid ydym yn adnabod y cyfeiriad hwn',
    hostBody:
      'Nid yw’r cyfeiriad hwn yn wefan heddlu rydym yn ei adnabod. Gwiriwch y cyfeiriad, neu dewiswch eich heddlu o’r rhestr isod.',
    pageTitle: 'Heb ddod o hyd i’r dudalen',
    pageBody:
      'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.',
    forcesHeading: 'Heddluoedd',
  },
  error: {
    title: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
    body: 'Rhowch gynnig arall arni yn nes ymlaen. Os yw’n argyfwng, ffoniwch 999. Fel arall ffoniwch 101.',
  },
}
