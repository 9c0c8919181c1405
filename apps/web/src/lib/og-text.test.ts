import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { drawableText } from './og-text'

// Copied from the bundled font's character map; anything outside it makes Next fetch a font.
const DRAWABLE_RANGES = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x113],
  [0x116, 0x12b],
  [0x12e, 0x137],
  [0x139, 0x13e],
  [0x141, 0x148],
  [0x14a, 0x14d],
  [0x150, 0x17e],
  [0x400, 0x45f],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2020, 0x2022],
  [0x2026, 0x2026],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
]
const drawable = (char: string) =>
  DRAWABLE_RANGES.some(([from, to]) => char.codePointAt(0)! >= from! && char.codePointAt(0)! <= to!)

describe('drawableText', () => {
  it('keeps accented Latin, Cyrillic and typographic punctuation', () => {
    expect(drawableText('Kétamine – “what’s known” … Кетамин', 140)).toBe(
      'Kétamine – “what’s known” … Кетамин',
    )
  })

  it('turns emoji, other scripts and control characters into single spaces', () => {
    expect(drawableText('Ketamine 🧠💊 and sleep', 140)).toBe('Ketamine and sleep')
    expect(drawableText('氯胺酮 ketamine', 140)).toBe('ketamine')
    expect(drawableText('a\u0000b\nc\u202ed', 140)).toBe('a b c d')
    expect(drawableText('👨‍👩‍👧‍👦', 140)).toBe('')
  })

  it('composes accents first, so a decomposed é still draws', () => {
    expect(drawableText('Ke\u0301tamine', 140)).toBe('Kétamine')
  })

  it('only ever returns characters of the bundled font, within the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = drawableText(text, 140)
        expect(result.length).toBeLessThanOrEqual(140)
        expect(Array.from(result).every(drawable)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  }, 60_000)
})
