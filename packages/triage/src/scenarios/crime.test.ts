import { describe } from 'vitest'
import { runScenarios } from './scenario.ts'

describe('scenarios: crime', () => {
  runScenarios([
    {
      story: 'My bike was nicked from outside the station while I was at work; there’s no camera and I didn’t see anyone',
      service: 'theft',
      answers: { stolen: ['bicycle'], value: '100-to-1000' },
      expect: { type: 'SUBMIT', priority: 'low', queue: 'volume-crime', rules: ['theft.reported'] },
    },
    {
      story: 'Someone took my phone off the table in a café; the café has CCTV',
      service: 'theft',
      answers: { stolen: ['phone'], evidence: ['cctv'] },
      expect: { type: 'SUBMIT', priority: 'standard', flags: ['evidence-cctv'] },
    },
    {
      story: 'A lad on a moped grabbed my bag and pushed me over; he’s long gone now',
      service: 'theft',
      answers: { how: 'force-or-threat', stolen: ['bag-or-wallet'] },
      expect: { type: 'SUBMIT', priority: 'high', rules: ['theft.robbery'] },
    },
    {
      story: 'Somebody is running off with my handbag right now',
      service: 'theft',
      answers: { 'happening-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'emergency.happening-now' },
    },
    {
      story: 'A man phoned pretending to be my bank and I transferred him £2,000',
      service: 'theft',
      answers: { how: 'tricked' },
      expect: { type: 'REDIRECT', agency: 'action-fraud' },
    },
    {
      story: 'Money has been taken out of my online bank account and I don’t know how',
      service: 'theft',
      answers: { how: 'online-or-bank' },
      expect: { type: 'REDIRECT', agency: 'action-fraud' },
    },
    {
      story: 'My 80-year-old mum’s purse was taken at the market again; it is the third time',
      service: 'theft',
      answers: { stolen: ['bag-or-wallet'], 'victim-age': '65-or-over', repeat: 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['vulnerable-older', 'repeat-victim'] },
    },
    {
      story: 'I run a corner shop; the same known shoplifter took £40 of goods, and it is on our CCTV',
      service: 'theft',
      answers: { 'for-business': 'yes', stolen: ['stock'], value: 'under-100', 'suspect-known': 'yes', 'suspect-name': 'Known local man', evidence: ['cctv'] },
      expect: { type: 'SUBMIT', priority: 'standard', flags: ['suspect-known', 'evidence-cctv'], rules: ['theft.business-known-offender'] },
    },
    {
      story: 'My teenage son had his phone taken at school by an older boy he knows',
      service: 'theft',
      answers: { stolen: ['phone'], 'victim-age': 'under-18', 'suspect-known': 'yes', 'suspect-name': 'A boy in year 11' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['vulnerable-child', 'suspect-known'] },
    },
    {
      story: 'My watch was stolen from the gym changing rooms in Nottingham, though I live in Leicester',
      service: 'theft',
      answers: { stolen: ['jewellery'], postcode: 'NG7 2RD' },
      expect: { type: 'SUBMIT', priority: 'low', receivedBy: 'nottinghamshire' },
    },
    {
      story: 'I came home to find the back door forced and my laptop gone; nobody was in',
      service: 'burglary',
      answers: { premises: 'home', 'got-in': 'yes', occupied: 'no', stolen: 'Laptop', untouched: 'yes' },
      expect: { type: 'SUBMIT', priority: 'medium', rules: ['burglary.home', 'burglary.forensics'] },
    },
    {
      story: 'I woke to hear someone downstairs; they ran off when I shouted, and the window is still smashed',
      service: 'burglary',
      answers: { premises: 'home', 'got-in': 'yes', occupied: 'yes', weapon: 'no', untouched: 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', rules: ['burglary.occupied'] },
    },
    {
      story: 'A man with a knife came into our house and took the car keys',
      service: 'burglary',
      answers: { premises: 'home', 'got-in': 'yes', occupied: 'yes', weapon: 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['weapon'] },
    },
    {
      story: 'Someone tried to jemmy the lock on my shed overnight but did not get in',
      service: 'burglary',
      answers: { premises: 'outbuilding', 'got-in': 'no' },
      expect: { type: 'SUBMIT', priority: 'standard', rules: ['burglary.attempt'] },
    },
    {
      story: 'There’s someone in my neighbour’s house right now and they are away',
      service: 'burglary',
      answers: { 'happening-now': 'yes' },
      expect: { type: 'EMERGENCY' },
    },
    {
      story: 'The burglar is still in the garden next door',
      service: 'burglary',
      answers: { 'suspect-nearby': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'emergency.suspect-nearby' },
    },
    {
      story: 'Someone keyed my car on the drive; my doorbell camera caught it',
      service: 'criminal-damage',
      answers: { damaged: 'vehicle', cost: '500-to-5000', evidence: ['cctv'], 'evidence-files': ['clip1'] },
      expect: { type: 'SUBMIT', priority: 'standard', flags: ['evidence-cctv'] },
    },
    {
      story: 'Someone sprayed graffiti on the bus shelter on our road',
      service: 'criminal-damage',
      answers: { damaged: 'public', graffiti: 'yes', postcode: 'LE11 3AA' },
      expect: { type: 'REDIRECT', agency: 'local-council' },
    },
    {
      story: 'Our wheelie bins were set on fire against the house last night',
      service: 'criminal-damage',
      answers: { damaged: 'home', fire: 'yes' },
      expect: { type: 'SUBMIT', priority: 'medium', rules: ['criminal-damage.arson'] },
    },
    {
      story: 'Someone smashed the windows of our mosque and wrote slurs on the door',
      service: 'criminal-damage',
      answers: { damaged: 'other', targeted: 'yes', cost: 'over-5000', evidence: ['photos'] },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['hate-motivation', 'evidence-other'], queue: 'hate-crime' },
    },
    {
      story: 'My car was stolen from outside my house overnight; it has a tracker',
      service: 'vehicle-crime',
      answers: { 'what-happened': 'stolen', tracker: 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', rules: ['vehicle.stolen', 'vehicle.tracker'] },
    },
    {
      story: 'My van was broken into and the tools taken, third time this year',
      service: 'vehicle-crime',
      answers: { 'what-happened': 'theft-from', 'stolen-items': 'Power tools', repeat: 'yes' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['repeat-victim'] },
    },
    {
      story: 'There’s a car with no tax parked on our street for weeks',
      service: 'vehicle-crime',
      answers: { 'what-happened': 'untaxed' },
      expect: { type: 'REDIRECT', agency: 'dvla' },
    },
    {
      story: 'A burnt-out car has been dumped at the end of our lane',
      service: 'vehicle-crime',
      answers: { 'what-happened': 'abandoned' },
      expect: { type: 'REDIRECT', agency: 'local-council' },
    },
  ])
})
