import { describe, expect, it } from 'vitest'
import { parsePostcode } from './postcode.ts'

describe('parsePostcode', () => {
  it.each([
    ['LE1 1AA', 'LE1 1AA', 'LE1'],
    ['le11aa', 'LE1 1AA', 'LE1'],
    ['  sw1a   2aa ', 'SW1A 2AA', 'SW1A'],
    ['Cf10\u00a01aa', 'CF10 1AA', 'CF10'],
    ['EC1A 1BB', 'EC1A 1BB', 'EC1A'],
    ['W1A 0AX', 'W1A 0AX', 'W1A'],
    ['M1 1AE', 'M1 1AE', 'M1'],
    ['B33 8TH', 'B33 8TH', 'B33'],
    ['DN55 1PT', 'DN55 1PT', 'DN55'],
    ['BT1 5GS', 'BT1 5GS', 'BT1'],
    ['GIR 0AA', 'GIR 0AA', 'GIR'],
  ])('reads the full postcode %j as %s', (input, postcode, outcode) => {
    expect(parsePostcode(input)).toEqual({ kind: 'full', postcode, outcode, incode: postcode.split(' ')[1] })
  })

  it.each([
    ['le1', 'LE1'],
    ['SW1A', 'SW1A'],
    [' ec1a ', 'EC1A'],
    ['dn55', 'DN55'],
  ])('reads the outward code %j as %s', (input, outcode) => {
    expect(parsePostcode(input)).toEqual({ kind: 'outward', postcode: outcode, outcode })
  })

  it.each([
    '',
    '   ',
    'LE1 1A',
    'LE1 1AAA',
    'XX9 9XX', // X never starts a postcode
    'QA1 1AA',
    'AZ1 1AA', // Z is never second
    'LE1 1CA', // C is never in the inward code
    '1LE 1AA',
    'LE111 1AA',
    'GIR',
    'GIR 1AA',
    'LE1-1AA',
    'LE1 1AA; DROP TABLE',
    'a'.repeat(1000),
  ])('rejects %j', (input) => {
    expect(parsePostcode(input)).toBeUndefined()
  })
})
