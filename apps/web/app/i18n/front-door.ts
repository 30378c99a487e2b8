/**
 * The front door, "Report something": one question that sends a person to the right service, another agency or 999.
 * The choices themselves come from @bluelamp/triage (front-door.ts) in both languages; everything else is here.
 * Welsh wording should be checked by a Welsh-language officer before launch in a Welsh force.
 */
export const en = {
  start: 'Report something',
  startIntro: 'Not sure which service to use? Tell us what it is about and we will take you to the right place.',
  startIntroServices: 'Not sure which of these fits? Tell us what it is about and we will take you to the right place.',
  title: 'What do you want to report?',
  hint: 'Choose the one closest to what happened. We will take you to the right place to report it, or tell you who to contact.',
  continue: 'Continue',
  required: 'Select what you want to report',
  allServices: 'See all our online services',
  back: 'Back',
  agencyLead: 'This is the right place to report it.',
  rather: 'If you would rather speak to {{force}}, call {{number}}.',
  chooseAgain: 'Choose something else',
}

export const cy: Record<keyof typeof en, string> = {
  start: 'Rhoi gwybod am rywbeth',
  startIntro: 'Ddim yn siŵr pa wasanaeth i’w ddefnyddio? Dywedwch wrthym beth sydd wedi digwydd a byddwn yn mynd â chi i’r lle cywir.',
  startIntroServices: 'Ddim yn siŵr pa un o’r rhain sy’n addas? Dywedwch wrthym beth sydd wedi digwydd a byddwn yn mynd â chi i’r lle cywir.',
  title: 'Am beth ydych chi eisiau rhoi gwybod?',
  hint: 'Dewiswch yr un sydd agosaf at yr hyn a ddigwyddodd. Byddwn yn mynd â chi i’r lle cywir i roi gwybod amdano, neu’n dweud wrthych â phwy i gysylltu.',
  continue: 'Parhau',
  required: 'Dewiswch am beth rydych eisiau rhoi gwybod',
  allServices: 'Gweld ein holl wasanaethau ar-lein',
  back: 'Yn ôl',
  agencyLead: 'Dyma’r lle cywir i roi gwybod amdano.',
  rather: 'Os byddai’n well gennych siarad â {{force}}, ffoniwch {{number}}.',
  chooseAgain: 'Dewis rhywbeth arall',
}
