/** Emails: the confirmation of a report and the link to resume a saved report. No answers are ever included. */
export const en = {
  confirmationSubject: 'Your report to {{force}}: reference {{reference}}',
  confirmationHeading: 'We have received your report',
  confirmationIntro: '{{force}} has received your report ({{service}}).',
  confirmationReference: 'Your reference number is {{reference}}',
  confirmationNextHeading: 'What happens next',
  confirmationNext:
    'We will look at your report and contact you if we need more information. Keep your reference number: you will need it if you contact us about this report.',
  confirmationTrack: 'You can check the progress of your report online with your reference number and this email address:',
  resumeSubject: 'Continue your report to {{force}}',
  resumeHeading: 'Continue your report',
  resumeIntro: 'You saved a report to {{force}} so you can finish it later. Use this link to continue:',
  resumeExpiry: 'The link works for 30 days from when you last saved your answers.',
  resumeKeepSafe: 'Do not share this link or forward this email: anyone with the link can see your answers.',
  resumeNotYou: 'If you did not ask for this email, you do not need to do anything.',
  emergency: 'In an emergency, call 999. If you are deaf or cannot speak, text 18000.',
  noReply: 'This is an automated email. Do not reply to it.',
}

export const cy: Record<keyof typeof en, string> = {
  confirmationSubject: 'Eich adroddiad i {{force}}: cyfeirnod {{reference}}',
  confirmationHeading: 'Rydym wedi cael eich adroddiad',
  confirmationIntro: 'Mae {{force}} wedi cael eich adroddiad ({{service}}).',
  confirmationReference: 'Eich cyfeirnod yw {{reference}}',
  confirmationNextHeading: 'Beth sy’n digwydd nesaf',
  confirmationNext:
    'Byddwn yn edrych ar eich adroddiad ac yn cysylltu â chi os bydd angen rhagor o wybodaeth arnom. Cadwch eich cyfeirnod: bydd ei angen arnoch os byddwch yn cysylltu â ni am yr adroddiad hwn.',
  confirmationTrack: 'Gallwch wirio cynnydd eich adroddiad ar-lein gyda’ch cyfeirnod a’r cyfeiriad e-bost hwn:',
  resumeSubject: 'Parhau â’ch adroddiad i {{force}}',
  resumeHeading: 'Parhau â’ch adroddiad',
  resumeIntro: 'Gwnaethoch gadw adroddiad i {{force}} er mwyn ei orffen yn nes ymlaen. Defnyddiwch y ddolen hon i barhau:',
  resumeExpiry: 'Mae’r ddolen yn gweithio am 30 diwrnod o’r tro diwethaf i chi gadw eich atebion.',
  resumeKeepSafe: 'Peidiwch â rhannu’r ddolen hon na blaenyrru’r e-bost hwn: gall unrhyw un sydd â’r ddolen weld eich atebion.',
  resumeNotYou: 'Os na wnaethoch ofyn am yr e-bost hwn, nid oes angen i chi wneud dim.',
  emergency: 'Mewn argyfwng, ffoniwch 999. Os ydych yn fyddar neu’n methu siarad, tecstiwch 18000.',
  noReply: 'E-bost awtomatig yw hwn. Peidiwch ag ateb iddo.',
}
