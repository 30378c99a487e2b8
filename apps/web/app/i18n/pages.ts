// The accessibility statement, privacy notice and cookies page of every force's site and the national site.

export const en = {
  accessibility: {
    title: 'Accessibility statement',
    intro: 'This statement applies to the {{site}} website and its online services, which run on bluelamp.',
    usingHeading: 'Using this website',
    using:
      'We want as many people as possible to be able to use this website. You should be able to change colours, contrast levels and fonts; zoom in up to 400% without the text spilling off the screen; get around the website using just a keyboard or speech recognition software; listen to the website using a screen reader; and use every online service with JavaScript turned off.',
    statusHeading: 'Compliance status',
    status:
      'This website is designed to meet the Web Content Accessibility Guidelines version 2.2 AA standard. Every page and component is checked automatically against those guidelines before it is released.',
    welshHeading: 'Welsh',
    welsh: 'Welsh-speaking forces offer every page in Welsh. Use the language link at the top of each page.',
    contactHeading: 'Reporting problems and other formats',
    contact:
      'If you find a problem with this website, or need information in a different format such as large print, easy read or audio, call {{number}} (textphone {{textphone}}).',
    enforcementHeading: 'Enforcement procedure',
    enforcement:
      'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).',
  },
  privacy: {
    title: 'Privacy',
    intro: '{{site}} is the data controller for what you tell it through this website.',
    collectHeading: 'What we collect',
    collect:
      'Only what a service needs: your answers to its questions, and your contact details if you choose to give them. Some services can be used anonymously. We do not use analytics or advertising cookies.',
    useHeading: 'How we use it',
    use:
      'To record, assess and investigate what you report, to keep people safe, and to contact you about your report. Reports reach the force’s own systems directly, without being retyped.',
    keepHeading: 'How long we keep it',
    keep:
      'An unfinished report is deleted 30 days after you last saved it. A sent report is kept for as long as the force’s records policy requires.',
    rightsHeading: 'Your rights',
    rights:
      'You can ask to see the information we hold about you, and ask us to correct it. To do so, or to complain, call {{number}}. You can also complain to the Information Commissioner’s Office.',
  },
  cookies: {
    title: 'Cookies',
    intro: 'This website uses only cookies it needs to work. They do not track you and are never shared.',
    tableCaption: 'Cookies this website sets',
    name: 'Name',
    purpose: 'Purpose',
    expires: 'Expires',
    lang: 'Remembers the language you chose',
    langExpires: '1 year',
    csrf: 'Protects your forms from being sent by other websites',
    csrfExpires: 'When you close your browser',
    draft: 'Keeps your unfinished report so you can carry on',
    draftExpires: '30 days',
    staff: 'Keeps police staff signed in to the back office',
    staffExpires: '12 hours at most',
    noBanner: 'Because these cookies are essential, we do not ask for your consent to set them.',
  },
}

export const cy: typeof en = {
  accessibility: {
    title: 'Datganiad hygyrchedd',
    intro: 'Mae’r datganiad hwn yn berthnasol i wefan {{site}} a’i gwasanaethau ar-lein, sy’n rhedeg ar bluelamp.',
    usingHeading: 'Defnyddio’r wefan hon',
    using:
      'Rydym eisiau i gynifer o bobl â phosibl allu defnyddio’r wefan hon. Dylech allu newid lliwiau, lefelau cyferbyniad a ffontiau; chwyddo hyd at 400% heb i’r testun ddisgyn oddi ar y sgrin; symud o gwmpas y wefan gan ddefnyddio bysellfwrdd neu feddalwedd adnabod llais yn unig; gwrando ar y wefan gan ddefnyddio darllenydd sgrin; a defnyddio pob gwasanaeth ar-lein gyda JavaScript wedi’i ddiffodd.',
    statusHeading: 'Statws cydymffurfio',
    status:
      'Mae’r wefan hon wedi’i chynllunio i fodloni safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2. Caiff pob tudalen a chydran eu gwirio’n awtomatig yn erbyn y canllawiau hynny cyn eu rhyddhau.',
    welshHeading: 'Cymraeg',
    welsh: 'Mae heddluoedd Cymraeg yn cynnig pob tudalen yn Gymraeg. Defnyddiwch y ddolen iaith ar frig pob tudalen.',
    contactHeading: 'Rhoi gwybod am broblemau a fformatau eraill',
    contact:
      'Os byddwch yn dod o hyd i broblem gyda’r wefan hon, neu os oes angen gwybodaeth arnoch mewn fformat gwahanol fel print bras, hawdd ei ddeall neu sain, ffoniwch {{number}} (ffôn testun {{textphone}}).',
    enforcementHeading: 'Gweithdrefn orfodi',
    enforcement:
      'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018. Os nad ydych yn hapus â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).',
  },
  privacy: {
    title: 'Preifatrwydd',
    intro: '{{site}} yw’r rheolydd data ar gyfer yr hyn rydych yn ei ddweud wrtho drwy’r wefan hon.',
    collectHeading: 'Beth rydym yn ei gasglu',
    collect:
      'Dim ond yr hyn sydd ei angen ar wasanaeth: eich atebion i’w gwestiynau, a’ch manylion cyswllt os byddwch yn dewis eu rhoi. Gellir defnyddio rhai gwasanaethau’n ddienw. Nid ydym yn defnyddio cwcis dadansoddi na hysbysebu.',
    useHeading: 'Sut rydym yn ei ddefnyddio',
    use:
      'I gofnodi, asesu ac ymchwilio i’r hyn rydych yn rhoi gwybod amdano, i gadw pobl yn ddiogel, ac i gysylltu â chi am eich adroddiad. Mae adroddiadau’n cyrraedd systemau’r heddlu ei hun yn uniongyrchol, heb gael eu hail-deipio.',
    keepHeading: 'Am ba mor hir rydym yn ei gadw',
    keep:
      'Caiff adroddiad anorffenedig ei ddileu 30 diwrnod ar ôl i chi ei gadw ddiwethaf. Caiff adroddiad a anfonwyd ei gadw cyhyd ag y mae polisi cofnodion yr heddlu yn ei gwneud yn ofynnol.',
    rightsHeading: 'Eich hawliau',
    rights:
      'Gallwch ofyn i weld yr wybodaeth sydd gennym amdanoch, a gofyn i ni ei chywiro. I wneud hynny, neu i gwyno, ffoniwch {{number}}. Gallwch hefyd gwyno i Swyddfa’r Comisiynydd Gwybodaeth.',
  },
  cookies: {
    title: 'Cwcis',
    intro: 'Mae’r wefan hon yn defnyddio dim ond y cwcis sydd eu hangen arni i weithio. Nid ydynt yn eich tracio ac ni chânt eu rhannu byth.',
    tableCaption: 'Cwcis mae’r wefan hon yn eu gosod',
    name: 'Enw',
    purpose: 'Diben',
    expires: 'Yn dod i ben',
    lang: 'Cofio’r iaith a ddewisoch',
    langExpires: '1 flwyddyn',
    csrf: 'Diogelu eich ffurflenni rhag cael eu hanfon gan wefannau eraill',
    csrfExpires: 'Pan fyddwch yn cau eich porwr',
    draft: 'Cadw eich adroddiad anorffenedig fel y gallwch barhau',
    draftExpires: '30 diwrnod',
    staff: 'Cadw staff yr heddlu wedi mewngofnodi i’r swyddfa gefn',
    staffExpires: '12 awr ar y mwyaf',
    noBanner: 'Gan fod y cwcis hyn yn hanfodol, nid ydym yn gofyn am eich caniatâd i’w gosod.',
  },
}
