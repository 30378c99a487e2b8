import { describe, expect, it } from 'vitest'
import { checkContrast, contrastRatio } from './contrast.ts'

describe('contrastRatio (WCAG 2.2)', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
  })
  it('matches known reference values', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#ffdd00', '#0b0c0c')).toBeGreaterThan(14)
  })
  it('does not round a failing ratio up to a pass', () => {
    // #777777 on white is 4.478:1, just under 4.5:1.
    const results = checkContrast({
      brand: '#000000', 'brand-contrast': '#ffffff', text: '#777777', 'secondary-text': '#000000', link: '#000000',
      'link-visited': '#000000', focus: '#ffdd00', 'focus-text': '#000000', error: '#000000', success: '#000000',
      border: '#000000', background: '#ffffff', surface: '#ffffff',
    })
    const text = results.find((r) => r.foreground === 'text' && r.background === 'background')!
    expect(text.passes).toBe(false)
    expect(text.ratio).toBe(4.47)
  })
})
