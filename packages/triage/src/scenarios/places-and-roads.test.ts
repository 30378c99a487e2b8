import { describe } from 'vitest'
import { runScenarios } from './scenario.ts'

describe('scenarios: neighbourhoods, roads and property', () => {
  runScenarios([
    {
      story: 'The people next door play loud music every night until 3am',
      service: 'antisocial-behaviour',
      answers: { postcode: 'LE11 3AA', kind: 'noise' },
      expect: { type: 'REDIRECT', agency: 'local-council', ruleId: 'asb.noise' },
    },
    {
      story: 'Someone has dumped a mattress and rubbish bags in the alley behind our houses',
      service: 'antisocial-behaviour',
      answers: { postcode: 'LE1 6TH', kind: 'fly-tipping' },
      expect: { type: 'REDIRECT', agency: 'local-council' },
    },
    {
      story: 'A gang of youths hang around the shops shouting at people most evenings; they’re there now',
      service: 'antisocial-behaviour',
      answers: { kind: 'rowdy', ongoing: 'yes', frequency: 'daily' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['suspect-present', 'repeat-victim'], queue: 'antisocial-behaviour' },
    },
    {
      story: 'Kids throw eggs at my windows every day and shout about my wheelchair',
      service: 'antisocial-behaviour',
      answers: { kind: 'rowdy', frequency: 'daily', targeted: 'yes', hate: 'yes', disability: 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['repeat-victim', 'hate-motivation', 'vulnerable-disability'], queue: 'hate-crime' },
    },
    {
      story: 'Off-road bikes race round the park every weekend; I don’t want to give my name',
      service: 'antisocial-behaviour',
      answers: { kind: 'vehicles', frequency: 'weekly', contact: { anonymous: true } },
      expect: { type: 'SUBMIT', priority: 'standard', flags: ['anonymous'], queue: 'roads-policing' },
    },
    {
      story: 'Someone reversed into my parked car in a car park and drove off',
      service: 'road-traffic-collision',
      answers: { role: 'other', 'failed-to-stop': 'yes', 'other-registration': 'KX19ABC', evidence: ['witnesses'] },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['evidence-witness'], queue: 'roads-policing' },
    },
    {
      story: 'I bumped another car at a roundabout; we swapped details and nobody was hurt',
      service: 'road-traffic-collision',
      answers: { role: 'driver', 'details-exchanged': 'yes', 'failed-to-stop': 'no' },
      expect: { type: 'ADVICE', ruleId: 'rtc.details-exchanged' },
    },
    {
      story: 'I hit a parked car and couldn’t find the owner to give my details',
      service: 'road-traffic-collision',
      answers: { role: 'driver', 'details-exchanged': 'no', 'other-registration': 'PK66XYZ' },
      expect: { type: 'SUBMIT', priority: 'standard', rules: ['rtc.reported', 'rtc.other-registration'] },
    },
    {
      story: 'A car crashed into my wall and the driver seemed drunk',
      service: 'road-traffic-collision',
      answers: { role: 'other', impaired: 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', rules: ['rtc.impaired'] },
    },
    {
      story: 'There has just been a crash and a motorcyclist is lying in the road',
      service: 'road-traffic-collision',
      answers: { injured: 'needs-help-now' },
      expect: { type: 'EMERGENCY' },
    },
    {
      story: 'Yesterday someone went into the back of me and I’ve got whiplash',
      service: 'road-traffic-collision',
      answers: { injured: 'yes' },
      expect: { type: 'ADVICE', ruleId: 'rtc.injury' },
    },
    {
      story: 'I lost my passport somewhere in town',
      service: 'lost-property',
      answers: { item: 'passport' },
      expect: { type: 'ADVICE', ruleId: 'lost.passport' },
    },
    {
      story: 'I left my bag on the number 14 bus',
      service: 'lost-property',
      answers: { item: 'phone-bag-wallet', 'where-lost': 'transport' },
      expect: { type: 'ADVICE', ruleId: 'lost.ask-the-operator' },
    },
    {
      story: 'I’ve lost my shotgun certificate',
      service: 'lost-property',
      answers: { item: 'firearm' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['weapon'], queue: 'property' },
    },
    {
      story: 'I dropped my keys somewhere in the park; they have a red fob',
      service: 'lost-property',
      answers: { item: 'keys', 'where-lost': 'street' },
      expect: { type: 'SUBMIT', priority: 'low', queue: 'property' },
    },
    {
      story: 'I found what looks like a hand grenade in my garden',
      service: 'found-property',
      answers: { item: 'weapon' },
      expect: { type: 'EMERGENCY', ruleId: 'found.weapon' },
    },
    {
      story: 'There are used needles in the children’s play area',
      service: 'found-property',
      answers: { item: 'needles', postcode: 'LE1 6TH' },
      expect: { type: 'REDIRECT', agency: 'local-council' },
    },
    {
      story: 'I found a bag of white powder in the street',
      service: 'found-property',
      answers: { item: 'drugs' },
      expect: { type: 'SUBMIT', priority: 'standard', rules: ['found.drugs'] },
    },
    {
      story: 'My dashcam filmed a driver on his phone this morning',
      service: 'dashcam-evidence',
      answers: { 'within-14-days': 'yes', offence: 'phone', footage: ['vid1'], 'willing-to-attend-court': 'yes' },
      expect: { type: 'SUBMIT', priority: 'standard', flags: ['evidence-dashcam'], queue: 'roads-policing' },
    },
    {
      story: 'My helmet camera caught a lorry passing me dangerously close while I was cycling',
      service: 'dashcam-evidence',
      answers: { 'within-14-days': 'yes', offence: 'dangerous', 'road-user': 'cycling', footage: ['vid1'], 'willing-to-attend-court': 'yes' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['evidence-dashcam'] },
    },
    {
      story: 'I have footage of a car jumping a red light last month',
      service: 'dashcam-evidence',
      answers: { 'within-14-days': 'no' },
      expect: { type: 'ADVICE', ruleId: 'dashcam.too-old' },
    },
    {
      story: 'A house party with about 150 people is going on next door, against the lockdown rules',
      service: 'public-health-breach',
      answers: { kind: 'gathering', size: 'over-100', ongoing: 'yes' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['suspect-present'], queue: 'public-health' },
    },
    {
      story: 'I have a cough and want to know whether I should isolate',
      service: 'public-health-breach',
      answers: { kind: 'health' },
      expect: { type: 'REDIRECT', agency: 'nhs-111' },
    },
    {
      story: 'I want to ask how my burglary report is going',
      service: 'general-enquiry',
      answers: { topic: 'existing-report', reference: 'LEI-26-7KQ4-XM' },
      expect: { type: 'SUBMIT', priority: 'low', queue: 'enquiries', rules: ['enquiry.existing-report'] },
    },
    {
      story: 'My landlord won’t give my deposit back',
      service: 'general-enquiry',
      answers: { topic: 'civil' },
      expect: { type: 'ADVICE', ruleId: 'enquiry.civil' },
    },
    {
      story: 'I got a text saying my parcel was held and I paid a fee on a fake site',
      service: 'general-enquiry',
      answers: { topic: 'fraud' },
      expect: { type: 'REDIRECT', agency: 'action-fraud' },
    },
    {
      story: 'My neighbour has been buying lots of chemicals and talking about attacking people',
      service: 'general-enquiry',
      answers: { topic: 'terrorism' },
      expect: { type: 'REDIRECT', agency: 'anti-terrorism' },
    },
    {
      story: 'A Cardiff resident on the South Wales site reports noise and is told to contact Cardiff council',
      service: 'antisocial-behaviour',
      forceId: 'south-wales',
      answers: { postcode: 'CF10 1AA', kind: 'noise' },
      expect: { type: 'REDIRECT', agency: 'local-council' },
    },
  ])
})
