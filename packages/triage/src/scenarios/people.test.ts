import { describe } from 'vitest'
import { runScenarios } from './scenario.ts'

describe('scenarios: people', () => {
  runScenarios([
    {
      story: 'A stranger punched me outside a pub last Saturday; I had a bruised cheek and my friend saw it',
      service: 'assault',
      answers: { injury: 'minor', relationship: 'stranger', evidence: ['witnesses'] },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['injury', 'evidence-witness'] },
    },
    {
      story: 'My ex-partner pushed me against the wall last night; the kids were in the house',
      service: 'assault',
      answers: { injury: 'minor', relationship: 'partner', 'children-present': 'yes', 'suspect-name': 'Alex' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'suspect-known', 'injury', 'vulnerable-child'], queue: 'safeguarding' },
    },
    {
      story: 'My dad hit me and he is still in the house',
      service: 'assault',
      answers: { 'suspect-nearby': 'yes' },
      expect: { type: 'EMERGENCY' },
    },
    {
      story: 'I was attacked and my friend is bleeding badly',
      service: 'assault',
      answers: { 'needs-help-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'assault.needs-help-now' },
    },
    {
      story: 'A man threatened me with a knife at the bus stop and spat at me',
      service: 'assault',
      answers: { weapon: 'yes', relationship: 'stranger' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['weapon'] },
    },
    {
      story: 'A neighbour I know shoved me in a row over parking; no injury',
      service: 'assault',
      answers: { relationship: 'known', 'suspect-name': 'Chris at number 4' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['suspect-known'] },
    },
    {
      story: 'I was spat at and called names on the tram because I wear a headscarf',
      service: 'assault',
      answers: { relationship: 'stranger', hate: 'yes' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['hate-motivation'], queue: 'hate-crime' },
    },
    {
      story: 'Someone shouted racist abuse at me in the street',
      service: 'hate-crime',
      answers: { kind: 'abuse', motivation: ['race'] },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['hate-motivation'], queue: 'hate-crime' },
    },
    {
      story: 'My disabled brother was beaten up by a group who mocked his disability',
      service: 'hate-crime',
      answers: { kind: 'violence', 'needs-help-now': 'no', motivation: ['disability'], disability: 'yes' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['hate-motivation', 'injury', 'vulnerable-disability'] },
    },
    {
      story: 'I saw a post online praising a terror attack and calling for more',
      service: 'hate-crime',
      answers: { kind: 'online', extremist: 'yes' },
      expect: { type: 'REDIRECT', agency: 'anti-terrorism' },
    },
    {
      story: 'I want to report homophobic graffiti on a friend’s door but stay anonymous',
      service: 'hate-crime',
      answers: { kind: 'damage', motivation: ['sexual-orientation'], contact: { anonymous: true } },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['hate-motivation', 'anonymous'] },
    },
    {
      story: 'My ex keeps turning up at my work and messaging me, and I’m scared he will hurt me',
      service: 'stalking-harassment',
      answers: { relationship: 'ex-partner', behaviour: ['contact', 'following'], 'fear-violence': 'yes', 'suspect-known': 'yes', 'suspect-name': 'Jamie' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'suspect-known'], queue: 'safeguarding' },
    },
    {
      story: 'He is outside my flat right now and won’t leave',
      service: 'stalking-harassment',
      answers: { 'near-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'stalking.near-now' },
    },
    {
      story: 'Someone my 13-year-old met on a game keeps asking her for pictures',
      service: 'stalking-harassment',
      answers: { 'victim-age': 'under-18', relationship: 'online-only', 'online-child': 'yes' },
      expect: { type: 'REDIRECT', agency: 'ceop' },
    },
    {
      story: 'A colleague has been sending me unwanted messages for months and threatened to share photos of me',
      service: 'stalking-harassment',
      answers: { relationship: 'known', behaviour: ['contact', 'images'], 'how-long': 'over-6-months', evidence: ['photos'] },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['evidence-other', 'suspect-known'] },
    },
    {
      story: 'Somebody I don’t know has left notes on my car twice',
      service: 'stalking-harassment',
      answers: { relationship: 'stranger', behaviour: ['other'], 'how-long': 'under-1-month' },
      expect: { type: 'SUBMIT', priority: 'medium', queue: 'safeguarding' },
    },
    {
      story: 'I think my drink was spiked at a club on Friday; I blacked out',
      service: 'spiking',
      answers: { method: 'drink', recent: 'yes', venue: 'Club Neon' },
      expect: { type: 'SUBMIT', priority: 'high', rules: ['spiking.recent', 'spiking.venue'] },
    },
    {
      story: 'I felt a sharp scratch on my arm at a festival two weeks ago and then felt awful',
      service: 'spiking',
      answers: { method: 'needle', recent: 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['injury'] },
    },
    {
      story: 'My friend has been spiked and is barely conscious',
      service: 'spiking',
      answers: { 'needs-help-now': 'yes' },
      expect: { type: 'EMERGENCY' },
    },
    {
      story: 'My 17-year-old daughter thinks her drink was spiked at a house party last month',
      service: 'spiking',
      answers: { method: 'drink', recent: 'no', 'victim-age': 'under-18' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['vulnerable-child'] },
    },
    {
      story: 'I saw the missing girl from the appeal at the bus station an hour ago',
      service: 'sighting',
      answers: { who: 'missing', child: 'yes', appeal: 'Missing teenager appeal' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['vulnerable-child'], queue: 'missing-and-wanted' },
    },
    {
      story: 'The wanted man from the news is in the shop across the road from me now',
      service: 'sighting',
      answers: { 'in-sight-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'sighting.in-sight-now' },
    },
    {
      story: 'I know where a wanted man is staying but I don’t want to give my name',
      service: 'sighting',
      answers: { who: 'wanted', 'stay-anonymous': 'yes' },
      expect: { type: 'REDIRECT', agency: 'crimestoppers' },
    },
    {
      story: 'I think I saw the wanted man from the Facebook appeal yesterday',
      service: 'sighting',
      answers: { who: 'wanted', 'stay-anonymous': 'no' },
      expect: { type: 'SUBMIT', priority: 'standard', rules: ['sighting.wanted'] },
    },
  ])
})
