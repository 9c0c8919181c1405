import { describe, expect, it } from 'vitest'

import { articleReadingMinutes, articleWordCount, readingMinutes } from './reading-time'

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
})

describe('reading time', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1)
    expect(readingMinutes('a few words')).toBe(1)
  })

  it('counts about 220 words a minute', () => {
    expect(readingMinutes('word '.repeat(1100))).toBe(5)
  })

  it('counts the body, blocks included, with the summary and takeaways', () => {
    const body = {
      root: {
        children: [
          paragraph('word '.repeat(300)),
          { type: 'block', fields: { blockType: 'keyFinding', finding: 'word '.repeat(100) } },
        ],
      },
    }
    const minutes = articleReadingMinutes({
      summary: 'word '.repeat(20),
      body,
      keyTakeaways: [{ text: 'word '.repeat(20) }],
    })
    expect(minutes).toBe(2)
  })

  it('counts the words an editor wrote, for the admin', () => {
    const body = { root: { children: [paragraph('Ketamine  and\nsleep')] } }
    expect(articleWordCount({ summary: 'Two words', body, keyTakeaways: [{ text: 'one' }] })).toBe(
      6,
    )
    expect(articleWordCount({ body: null })).toBe(0)
  })
})
