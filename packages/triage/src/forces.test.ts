import { describe, expect, it } from 'vitest'
import { forcePrefix, forces, getForce } from './forces.ts'

describe('forces and their reference prefixes', () => {
  it('covers all 46 forces in shared/data/forces.csv', () => {
    expect(forces).toHaveLength(46)
    expect(new Set(forces.map((f) => f.id)).size).toBe(46)
  })

  it('gives every force a unique three-letter prefix', () => {
    const prefixes = forces.map((f) => forcePrefix(f.id))
    for (const p of prefixes) expect(p).toMatch(/^[A-Z]{3}$/)
    expect(new Set(prefixes).size).toBe(forces.length)
  })

  it('keeps the prefixes already in use', () => {
    expect(forcePrefix('leicestershire')).toBe('LEI')
    expect(forcePrefix('metropolitan')).toBe('MET')
    expect(forcePrefix('dyfed-powys')).toBe('DPP')
  })

  it('knows the four Welsh forces and their Welsh names', () => {
    expect(forces.filter((f) => f.welsh).map((f) => f.id).sort()).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales'])
    expect(getForce('north-wales')?.nameCy).toBe('Heddlu Gogledd Cymru')
  })

  it('refuses an unknown force', () => {
    expect(() => forcePrefix('gotham')).toThrow(RangeError)
  })
})
