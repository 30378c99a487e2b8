/** The English message catalogue. Every user-visible string of the app lives here and in cy.ts. */
export const en = {
  common: {
    skipLink: 'Skip to main content',
    phase: 'Beta',
    phaseBanner: 'This is a new service. Your feedback will help us to improve it.',
    emergencyWarning: 'In an emergency, call 999. If you are deaf or cannot speak, text 18000.',
    emergencyWarningIcon: 'Warning',
    home: 'Home',
    services: 'Online services',
    trackReport: 'Track a report',
    nonEmergency: 'Non-emergency: call {{number}}',
    textphone: 'Textphone: {{number}}',
    emergencyTextRelay: 'Emergency text relay: {{number}}',
    footerNavigation: 'Support links',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy',
    cookies: 'Cookies',
    poweredBy: 'Run on bluelamp, an open-source digital police station.',
    languageToggle: 'Cymraeg',
    navigation: 'Menu',
    address: 'Address: {{address}}',
  },
  home: {
    title: '{{force}}',
    intro: 'Report a crime or incident, tell us about something you have seen, or contact {{force}} online, at any time.',
    emergencyHeading: 'In an emergency',
    emergencyBody:
      'Call 999 if a crime is happening now, someone is in immediate danger or has been seriously hurt, or a suspect is still nearby.',
    nonEmergencyHeading: 'When it is not an emergency',
    nonEmergencyBody: 'Use the services below, or call {{number}}.',
    servicesHeading: 'Report and contact online',
    allServices: 'See all online services',
  },
  national: {
    title: 'Find your police force',
    intro:
      'Every police force in the UK has its own website on bluelamp. Choose your force to report a crime, tell them about an incident or contact them online.',
    listHeading: 'Police forces A to Z',
    metaTitle: 'Find your police force',
    finderHeading: 'Find your force by postcode',
  },
  find: {
    label: 'Postcode',
    hint: 'For example, LE1 1AA. You can enter the first part only, like LE1.',
    submit: 'Find your force',
    errorTitle: 'There is a problem',
    errorPrefix: 'Error',
    metaTitleError: 'Error: Find your police force',
    errorEmpty: 'Enter a postcode, like LE1 1AA',
    errorInvalid: 'Enter a real postcode, like LE1 1AA',
    errorUnknown: 'We cannot find a police force for {{postcode}}. Check the postcode, or choose your force from the list below',
    choiceTitle: 'Choose your police force',
    choiceIntro:
      'Postcodes starting {{outcode}} cover parts of more than one police force area. Choose the force for the place where it happened, or where you live.',
    choiceCouncils: 'Covers parts of {{councils}}',
    choiceNotSure:
      'If you are not sure, choose any of them. A force that receives a report about another force’s area passes it on.',
    welshOffered: 'Website in English and Welsh (Cymraeg)',
    searchAgain: 'Search for another postcode',
    attribution:
      'Contains public sector information licensed under the Open Government Licence v3.0. Source: Office for National Statistics. Contains OS data © Crown copyright and database right; contains Royal Mail data © Royal Mail copyright and database right.',
  },
  notFound: {
    hostTitle: 'We don’t recognise this address',
    hostBody:
      'This address is not the website of a police force we know. Check the address, or choose your force from the list below.',
    pageTitle: 'Page not found',
    pageBody: 'If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.',
    forcesHeading: 'Police forces',
  },
  error: {
    title: 'Sorry, there is a problem with the service',
    body: 'Try again later. If it is an emergency, call 999. Otherwise call 101.',
  },
} as const

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>
