// Free text read for risk: what people write in their own words, on services whose choices say nothing of it, and
// what the report must then carry. Screening only adds: a flag, weight, a floor and the reason, never less.
import { describe } from 'vitest'
import { runScenarios } from './scenario.ts'

describe('scenarios: free text read for risk', () => {
  runScenarios([
    {
      story: 'He grabbed my phone and showed me a knife in his waistband',
      service: 'theft',
      answers: { details: 'He grabbed my phone and showed me a knife in his waistband' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['weapon'], queue: 'volume-crime', rules: ['screening.weapon'] },
    },
    {
      story: 'My ex smashed my car windows and said he is going to kill me',
      service: 'criminal-damage',
      answers: { details: 'My ex smashed my car windows and said he is going to kill me' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['danger-now', 'domestic-abuse'], rules: ['screening.danger-now', 'screening.domestic-abuse'] },
    },
    {
      story: 'I am asking about my neighbour: his kids are left alone for days and he hits them',
      service: 'general-enquiry',
      answers: { topic: 'other', message: 'My neighbour’s kids are left alone for days and he hits them' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['child-at-risk'], queue: 'enquiries', rules: ['screening.child-at-risk'] },
    },
    {
      story: 'I found indecent images of children on my brother’s laptop and did not know where else to say it',
      service: 'general-enquiry',
      answers: { topic: 'other', message: 'I found indecent images of children on my brother’s laptop' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['child-sexual-abuse'], rules: ['screening.child-sexual-abuse'] },
    },
    {
      story: 'A man at the club touched me without my consent',
      service: 'assault',
      answers: { details: 'A man at the club touched me without my consent' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['sexual-abuse'], rules: ['screening.sexual-abuse'] },
    },
    {
      story: 'Teenagers outside the shops are waving a machete at people',
      service: 'antisocial-behaviour',
      answers: { details: 'Teenagers outside the shops are waving a machete at people' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['weapon'], queue: 'antisocial-behaviour', rules: ['screening.weapon'] },
    },
    {
      story: 'He follows me everywhere and says that if I leave he will kill himself',
      service: 'stalking-harassment',
      answers: { details: 'He follows me everywhere and says if I leave he will kill himself' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['suicide-risk'], queue: 'safeguarding', rules: ['screening.suicide'] },
    },
    {
      story: 'Nobody was hurt and there was no weapon, he just pushed past me',
      service: 'assault',
      answers: { details: 'Nobody was hurt and there was no weapon, he just pushed past' },
      expect: { type: 'SUBMIT', priority: 'standard', flags: [] },
    },
    {
      story: 'Roedd gan y dyn gyllell yn ei law pan gymerodd fy ffôn',
      service: 'theft',
      forceId: 'dyfed-powys',
      locale: 'cy',
      answers: { postcode: 'SA31 1AA', details: 'Roedd gan y dyn gyllell yn ei law pan gymerodd fy ffôn' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['weapon'], rules: ['screening.weapon'] },
    },
    {
      story: 'Mae fy ngŵr yn fy nharo ac mae gen i ofn mynd adref',
      service: 'general-enquiry',
      forceId: 'dyfed-powys',
      locale: 'cy',
      answers: { topic: 'other', message: 'Mae fy ngŵr yn fy nharo ac mae gen i ofn mynd adref' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['domestic-abuse'], rules: ['screening.domestic-abuse'] },
    },
    {
      story: 'Mae e’n dweud ei fod yn mynd i fy lladd, ac mae e yma nawr',
      service: 'criminal-damage',
      forceId: 'dyfed-powys',
      locale: 'cy',
      answers: { postcode: 'SA31 1AA', details: 'Mae e’n dweud ei fod yn mynd i fy lladd, ac mae e yma nawr' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['danger-now'], rules: ['screening.danger-now'] },
    },
    {
      story: 'Someone stole my daughter’s bike from outside school',
      service: 'theft',
      answers: { details: 'Someone stole my daughter’s bike from outside school' },
      expect: { type: 'SUBMIT', priority: 'low', flags: [] },
    },
  ])
})
