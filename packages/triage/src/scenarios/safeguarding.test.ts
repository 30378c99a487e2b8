// Child abuse and exploitation, intimate image abuse, modern slavery, forced marriage and honour-based abuse, FGM,
// suicide risk, online hate, animal cruelty and terrorism: told as people would tell them, and where each should go.
import { describe } from 'vitest'
import { runScenarios } from './scenario.ts'

describe('scenarios: child abuse and exploitation', () => {
  runScenarios([
    {
      story: 'I found a video on a forum of a girl from my daughter’s school being abused; I know who she is',
      service: 'child-abuse',
      answers: { about: 'images', 'images-known': ['child'], 'images-where': 'A forum thread, web address saved', 'child-name': 'Known to me', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse', 'child-at-risk'], queue: 'safeguarding', rules: ['child-abuse.images'] },
    },
    {
      story: 'A man in our village has been sharing indecent pictures of children in a group chat I am in',
      service: 'child-abuse',
      answers: { about: 'images', 'images-known': ['local'], 'images-where': 'A group chat on a messaging app', 'suspect-name': 'Rob, lives on Mill Lane' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse', 'child-at-risk', 'suspect-known'], queue: 'safeguarding' },
    },
    {
      story: 'I clicked a link on social media and it showed sexual images of a young child; I have no idea who or where',
      service: 'child-abuse',
      answers: { about: 'images', 'images-known': ['neither'] },
      expect: { type: 'ADVICE', ruleId: 'child-abuse.images-online' },
    },
    {
      story: 'Someone is threatening to send my nudes to everyone at school unless I pay them £200; I am 15',
      service: 'child-abuse',
      answers: { about: 'grooming', who: 'me', 'grooming-what': ['sextortion'], paid: 'no', 'self-harm': 'no', relationship: 'online', 'kept-messages': 'yes', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse', 'child-at-risk', 'evidence-other'], queue: 'safeguarding', rules: ['child-abuse.sextortion', 'child-abuse.child-self'] },
    },
    {
      story: 'My son is being blackmailed over pictures he sent, he has already paid and says he wants to die, but he is with me now',
      service: 'child-abuse',
      answers: { about: 'grooming', who: 'my-child', 'grooming-what': ['sextortion'], paid: 'yes', 'self-harm': 'yes', relationship: 'online', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse', 'child-at-risk', 'suicide-risk'], queue: 'safeguarding', rules: ['child-abuse.suicide-risk'] },
    },
    {
      story: 'My daughter is locked in her room saying she will kill herself because someone shared her photos',
      service: 'child-abuse',
      answers: { about: 'grooming', who: 'my-child', 'grooming-what': ['sextortion'], paid: 'no', 'self-harm': 'act-now' },
      expect: { type: 'EMERGENCY', ruleId: 'child-abuse.self-harm-now' },
    },
    {
      story: 'A man my 12-year-old met on a game has asked her for photos and wants to meet her at the park',
      service: 'child-abuse',
      answers: { about: 'grooming', 'with-them-now': 'no', who: 'my-child', 'grooming-what': ['asked-images', 'meet'], relationship: 'online', 'suspect-name': 'gamer_99' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse', 'child-at-risk', 'suspect-known'], rules: ['child-abuse.meeting'] },
    },
    {
      story: 'My daughter has just gone to meet the older man who has been messaging her',
      service: 'child-abuse',
      answers: { about: 'grooming', 'with-them-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'child-abuse.with-them-now' },
    },
    {
      story: 'Older lads give my neighbour’s 14-year-old vodka and drive her round; I think they are using her for sex',
      service: 'child-abuse',
      answers: { about: 'grooming', who: 'another-child', 'grooming-what': ['exploited'], relationship: 'not-sure', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse', 'child-at-risk'], queue: 'safeguarding' },
    },
    {
      story: 'The children next door are left alone for days with no food',
      service: 'child-abuse',
      answers: { about: 'abuse', who: 'another-child', 'abuse-what': ['neglect'], relationship: 'parent' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-at-risk', 'suspect-known'], rules: ['child-abuse.neglect', 'child-abuse.at-home'] },
    },
    {
      story: 'My nephew has bruises and says his football coach hits him',
      service: 'child-abuse',
      answers: { about: 'abuse', who: 'another-child', 'abuse-what': ['physical'], relationship: 'known' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-at-risk', 'suspect-known'], rules: ['child-abuse.physical'] },
    },
    {
      story: 'My stepdad touches me when mum is out; I am 13 and I do not want him to know I told',
      service: 'child-abuse',
      answers: { about: 'abuse', who: 'me', 'abuse-what': ['sexual'], relationship: 'parent', 'safe-to-contact': 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse', 'child-at-risk', 'suspect-known'], rules: ['child-abuse.sexual', 'safe-contact.not-safe'] },
    },
    {
      story: 'My friend’s dad is beating her right now, I can hear it on the phone',
      service: 'child-abuse',
      answers: { danger: 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'emergency.danger' },
    },
    {
      story: 'I am worried about a boy in my class who comes to school hungry, but I do not want to give my name',
      service: 'child-abuse',
      answers: { about: 'abuse', who: 'another-child', 'abuse-what': ['neglect'], relationship: 'not-sure', 'suspect-name': null, contact: { anonymous: true } },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['child-at-risk', 'anonymous'] },
    },
    {
      story: 'Mae rhywun yn bygwth rhannu lluniau noeth o fy mab 14 oed oni bai ei fod yn talu',
      service: 'child-abuse',
      forceId: 'south-wales',
      locale: 'cy',
      answers: { about: 'grooming', who: 'my-child', 'grooming-what': ['sextortion'], paid: 'no', 'self-harm': 'no', relationship: 'online', postcode: 'CF10 1AA', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse', 'child-at-risk'], queue: 'safeguarding' },
    },
    {
      story: 'Gwelais luniau rhywiol o blentyn ar wefan; nid wyf yn gwybod pwy yw hi',
      service: 'child-abuse',
      forceId: 'south-wales',
      locale: 'cy',
      answers: { about: 'images', 'images-known': ['neither'] },
      expect: { type: 'ADVICE', ruleId: 'child-abuse.images-online' },
    },
  ])
})

describe('scenarios: suicide risk, online hate, animal cruelty and terrorism', () => {
  runScenarios([
    {
      story: 'My brother has texted goodbye and says he has taken pills',
      service: 'assault',
      answers: { danger: 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'emergency.danger' },
    },
    {
      story: 'I cannot cope any more and I have a plan to end it tonight',
      service: 'general-enquiry',
      answers: { topic: 'struggling', 'act-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'enquiry.suicide-risk' },
    },
    {
      story: 'Since the burglary I have not been sleeping and I keep thinking everyone would be better off without me',
      service: 'general-enquiry',
      answers: { topic: 'struggling', 'act-now': 'no' },
      expect: { type: 'REDIRECT', agency: 'samaritans', ruleId: 'enquiry.struggling' },
    },
    {
      story: 'Rwy’n ei chael hi’n anodd ymdopi ac rwyf wedi bod yn meddwl am ladd fy hun',
      service: 'general-enquiry',
      forceId: 'dyfed-powys',
      locale: 'cy',
      answers: { topic: 'struggling', 'act-now': 'no' },
      expect: { type: 'REDIRECT', agency: 'samaritans' },
    },
    {
      story: 'My neighbour kicks his dog and leaves it outside in the cold with no water',
      service: 'general-enquiry',
      answers: { topic: 'animal' },
      expect: { type: 'REDIRECT', agency: 'rspca', ruleId: 'enquiry.animal' },
    },
    {
      story: 'Mae ceffylau ar y fferm drws nesaf yn denau iawn ac nid oes neb yn eu bwydo',
      service: 'general-enquiry',
      forceId: 'south-wales',
      locale: 'cy',
      answers: { topic: 'animal' },
      expect: { type: 'REDIRECT', agency: 'rspca' },
    },
    {
      story: 'I came across a page online full of racist abuse about Muslims',
      service: 'hate-crime',
      answers: { kind: 'online', extremist: 'no', 'aimed-at': 'no' },
      expect: { type: 'REDIRECT', agency: 'true-vision', ruleId: 'hate.online-true-vision' },
    },
    {
      story: 'Someone keeps sending me homophobic messages on Instagram and has posted my address',
      service: 'hate-crime',
      answers: { kind: 'online', extremist: 'no', 'aimed-at': 'yes', motivation: ['sexual-orientation'] },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['hate-motivation'], queue: 'hate-crime' },
    },
    {
      story: 'A video on a channel I follow praises a terror attack and tells people to copy it',
      service: 'hate-crime',
      answers: { kind: 'online', extremist: 'yes' },
      expect: { type: 'REDIRECT', agency: 'anti-terrorism', ruleId: 'hate.extremist' },
    },
    {
      story: 'My lodger has bought lots of chemicals and talks about attacking a synagogue',
      service: 'general-enquiry',
      answers: { topic: 'terrorism' },
      expect: { type: 'REDIRECT', agency: 'anti-terrorism', ruleId: 'enquiry.terrorism' },
    },
    {
      story: 'I got a text saying my parcel was held and paid a fee on a fake site',
      service: 'general-enquiry',
      answers: { topic: 'fraud' },
      expect: { type: 'REDIRECT', agency: 'action-fraud', ruleId: 'enquiry.fraud' },
    },
  ])
})

describe('scenarios: intimate image abuse', () => {
  runScenarios([
    {
      story: 'My ex has posted my nudes on a website and sent the link to my family',
      service: 'intimate-image-abuse',
      answers: { what: ['shared'], 'self-harm': 'no', relationship: 'ex-partner', 'suspect-name': 'Chris', 'kept-messages': 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['intimate-image-abuse', 'domestic-abuse', 'suspect-known', 'evidence-other'], queue: 'safeguarding' },
    },
    {
      story: 'A woman I met on a dating app says she will send our video call to my friends unless I pay her £500',
      service: 'intimate-image-abuse',
      answers: { what: ['sextortion'], paid: 'no', 'self-harm': 'no', relationship: 'online-only', 'suspect-name': null, 'kept-messages': 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['intimate-image-abuse', 'evidence-other'], rules: ['intimate-image-abuse.sextortion'] },
    },
    {
      story: 'I have already paid twice, they want more, and I feel like ending it all, though I am safe tonight',
      service: 'intimate-image-abuse',
      answers: { what: ['sextortion'], paid: 'yes', 'self-harm': 'yes', relationship: 'online-only', 'suspect-name': null, 'kept-messages': 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['intimate-image-abuse', 'suicide-risk'], rules: ['intimate-image-abuse.suicide-risk'] },
    },
    {
      story: 'He has shared my pictures and I want to kill myself right now',
      service: 'intimate-image-abuse',
      answers: { what: ['shared'], 'self-harm': 'act-now' },
      expect: { type: 'EMERGENCY', ruleId: 'intimate-image-abuse.self-harm-now' },
    },
    {
      story: 'A colleague made a fake porn image of me with an app and is passing it round the office',
      service: 'intimate-image-abuse',
      answers: { what: ['fake', 'shared'], 'self-harm': 'no', relationship: 'known', 'suspect-name': 'Jordan', 'kept-messages': 'yes' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['intimate-image-abuse', 'suspect-known', 'evidence-other'] },
    },
    {
      story: 'My boyfriend says he will share the videos he took of us if I leave him',
      service: 'intimate-image-abuse',
      answers: { what: ['threatened'], 'self-harm': 'no', relationship: 'partner', 'suspect-name': 'Lee', 'kept-messages': 'no', 'safe-to-contact': 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['intimate-image-abuse', 'domestic-abuse', 'suspect-known'], rules: ['safe-contact.not-safe'] },
    },
    {
      story: 'I just want the photos taken off the site; I am not ready to go to the police',
      service: 'intimate-image-abuse',
      answers: { want: 'remove-only' },
      expect: { type: 'REDIRECT', agency: 'revenge-porn-helpline', ruleId: 'intimate-image-abuse.remove-only' },
    },
    {
      story: 'A boy in my year is sharing a nude I sent him when I was 15',
      service: 'intimate-image-abuse',
      answers: { 'under-18': 'yes' },
      expect: { type: 'ADVICE', ruleId: 'intimate-image-abuse.under-18' },
    },
    {
      story: 'I found a hidden camera in the changing room at my gym and I think it filmed me',
      service: 'intimate-image-abuse',
      answers: { what: ['taken'], 'self-harm': 'no', relationship: 'not-sure', 'suspect-name': null, 'kept-messages': 'no' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['intimate-image-abuse'] },
    },
    {
      story: 'Mae fy nghyn-bartner wedi rhannu lluniau noeth ohonof ar-lein',
      service: 'intimate-image-abuse',
      forceId: 'south-wales',
      locale: 'cy',
      answers: { what: ['shared'], 'self-harm': 'no', relationship: 'ex-partner', 'suspect-name': 'Rhys', 'kept-messages': 'yes', postcode: 'CF10 1AA' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['intimate-image-abuse', 'domestic-abuse', 'suspect-known', 'evidence-other'] },
    },
  ])
})

describe('scenarios: modern slavery and exploitation', () => {
  runScenarios([
    {
      story: 'The men at the car wash on my road live in the back room, work 14 hours a day and say their boss keeps their passports',
      service: 'modern-slavery',
      answers: { who: 'someone-else', signs: ['forced-work', 'documents'], 'still-controlled': 'yes', 'how-many': 'several', business: 'Sparkle Hand Car Wash' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['modern-slavery', 'suspect-known'], queue: 'safeguarding', rules: ['modern-slavery.still-controlled'] },
    },
    {
      story: 'I used to work on a farm where we were never paid and told we owed money for our beds; I got away last year',
      service: 'modern-slavery',
      answers: { who: 'me', signs: ['forced-work', 'debt'], 'still-controlled': 'no', 'how-many': 'many', business: null },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['modern-slavery'], queue: 'safeguarding' },
    },
    {
      story: 'My 15-year-old nephew is being made to carry drugs to another town by a gang who say they will hurt his mum',
      service: 'modern-slavery',
      answers: { who: 'someone-else', signs: ['crime', 'threats'], 'still-controlled': 'yes', 'victim-age': 'under-18', 'how-many': 'one', business: null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['modern-slavery', 'vulnerable-child', 'child-at-risk'] },
    },
    {
      story: 'I think the women at the flat above the shop are being made to sell sex; men come and go all night',
      service: 'modern-slavery',
      answers: { who: 'someone-else', signs: ['sexual', 'movement'], 'still-controlled': 'yes', 'how-many': 'several', business: null, contact: { anonymous: true } },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['modern-slavery', 'sexual-abuse', 'anonymous'] },
    },
    {
      story: 'I am being kept in a house and made to work, my boss is out so I am using his computer',
      service: 'modern-slavery',
      answers: { who: 'me', signs: ['forced-work', 'movement'], 'still-controlled': 'yes', 'how-many': 'one', business: null, 'safe-to-contact': 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['modern-slavery'], rules: ['modern-slavery.self', 'safe-contact.not-safe'] },
    },
    {
      story: 'I am worried about the nail bar workers but want to talk to someone before going to the police',
      service: 'modern-slavery',
      answers: { want: 'talk' },
      expect: { type: 'REDIRECT', agency: 'modern-slavery-helpline', ruleId: 'modern-slavery.talk-first' },
    },
    {
      story: 'The man they keep locked in the garage is shouting for help right now',
      service: 'modern-slavery',
      answers: { danger: 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'emergency.danger' },
    },
    {
      story: 'Mae gweithwyr y fferm yn byw mewn carafanau, heb eu talu, ac mae’r perchennog yn cadw eu pasbortau',
      service: 'modern-slavery',
      forceId: 'south-wales',
      locale: 'cy',
      answers: { who: 'someone-else', signs: ['forced-work', 'documents'], 'still-controlled': 'yes', 'how-many': 'many', business: null, postcode: 'CF10 1AA' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['modern-slavery'] },
    },
  ])
})

describe('scenarios: forced marriage and honour-based abuse', () => {
  runScenarios([
    {
      story: 'My parents are taking me to Pakistan in two weeks to marry my cousin; I do not want to go',
      service: 'forced-marriage',
      answers: { who: 'me', abroad: 'no', what: ['marriage', 'travel'], 'when-marriage': 'within-a-month', 'victim-age': '18-to-64', relationship: 'parents', 'suspect-name': null, 'safe-to-contact': 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['honour-based-abuse', 'domestic-abuse', 'suspect-known'], queue: 'safeguarding', rules: ['forced-marriage.imminent', 'safe-contact.not-safe'] },
    },
    {
      story: 'My 16-year-old friend says her family have found her a husband and she will be married in the summer',
      service: 'forced-marriage',
      answers: { who: 'someone-else', abroad: 'no', what: ['marriage'], 'when-marriage': 'date-set', 'victim-age': 'under-18', relationship: 'family', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['honour-based-abuse', 'domestic-abuse', 'suspect-known', 'vulnerable-child', 'child-at-risk'] },
    },
    {
      story: 'My brothers say they will kill me because I have a boyfriend they do not approve of',
      service: 'forced-marriage',
      answers: { who: 'me', abroad: 'no', what: ['threats', 'control'], relationship: 'family', 'suspect-name': 'Imran and Bilal' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['honour-based-abuse', 'domestic-abuse', 'suspect-known'], rules: ['forced-marriage.threats'] },
    },
    {
      story: 'My family keep pressuring me to agree to a marriage but there is no date yet and nobody has threatened me',
      service: 'forced-marriage',
      answers: { who: 'me', abroad: 'no', what: ['marriage'], 'when-marriage': 'no-date', 'victim-age': '18-to-64', relationship: 'community', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['honour-based-abuse'], queue: 'safeguarding' },
    },
    {
      story: 'My sister was taken to Bangladesh last month and messaged that she is being made to marry',
      service: 'forced-marriage',
      answers: { who: 'someone-else', abroad: 'yes' },
      expect: { type: 'REDIRECT', agency: 'forced-marriage-unit', ruleId: 'forced-marriage.abroad' },
    },
    {
      story: 'My uncle is beating my cousin in the street right now because she was seen with a boy',
      service: 'forced-marriage',
      answers: { danger: 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'emergency.danger' },
    },
    {
      story: 'Mae fy rhieni yn fy ngorfodi i briodi dyn nad wyf yn ei adnabod fis nesaf',
      service: 'forced-marriage',
      forceId: 'south-wales',
      locale: 'cy',
      answers: { who: 'me', abroad: 'no', what: ['marriage'], 'when-marriage': 'within-a-month', 'victim-age': '18-to-64', relationship: 'parents', postcode: 'CF10 1AA', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['honour-based-abuse', 'domestic-abuse', 'suspect-known'] },
    },
  ])
})

describe('scenarios: female genital mutilation', () => {
  runScenarios([
    {
      story: 'A girl in my class, she is 9, says she is going to Somalia in the summer holidays for a special ceremony to become a woman',
      service: 'fgm',
      answers: { situation: 'at-risk', 'under-18': 'yes', 'when-planned': 'weeks', reporter: 'professional', 'her-name': 'Known to the school', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['fgm', 'child-at-risk', 'vulnerable-child'], queue: 'safeguarding', rules: ['fgm.imminent', 'fgm.professional'] },
    },
    {
      story: 'As a school nurse, a 14-year-old told me she was cut when she was little',
      service: 'fgm',
      answers: { situation: 'done', 'under-18': 'yes', reporter: 'professional', 'her-name': 'Known to the school', 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['fgm', 'child-at-risk', 'vulnerable-child', 'injury'], rules: ['fgm.done'] },
    },
    {
      story: 'My aunt is planning to have my little sister cut at her house this weekend',
      service: 'fgm',
      answers: { situation: 'at-risk', 'under-18': 'yes', 'when-planned': 'days', reporter: 'family', 'her-name': 'Amina', 'suspect-name': 'My aunt', 'safe-to-contact': 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['fgm', 'child-at-risk', 'vulnerable-child', 'suspect-known'], rules: ['safe-contact.not-safe'] },
    },
    {
      story: 'I am 19 and my family want me to have FGM before my wedding',
      service: 'fgm',
      answers: { situation: 'at-risk', 'under-18': 'no', 'when-planned': 'not-sure', reporter: 'self', 'her-name': null, 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['fgm'] },
    },
    {
      story: 'I am not sure, but my neighbour keeps talking about taking her daughters back home to be cut; I want advice',
      service: 'fgm',
      answers: { want: 'advice' },
      expect: { type: 'REDIRECT', agency: 'nspcc-fgm', ruleId: 'fgm.advice-first' },
    },
    {
      story: 'They are taking my niece to the airport right now to have it done',
      service: 'fgm',
      answers: { danger: 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'emergency.danger' },
    },
    {
      story: 'Mae merch fach yn y feithrinfa yn mynd dramor yr wythnos nesaf ar gyfer “dathliad” ac rwy’n poeni am FGM',
      service: 'fgm',
      forceId: 'south-wales',
      locale: 'cy',
      answers: { situation: 'at-risk', 'under-18': 'yes', 'when-planned': 'days', reporter: 'professional', postcode: 'CF10 1AA', 'her-name': null, 'suspect-name': null },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['fgm', 'child-at-risk', 'vulnerable-child'] },
    },
  ])
})
