import { describe, expect, it } from 'vitest'

import { plainText, richTextPlainText } from './plain-text'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })

describe('rich text as plain text', () => {
  it('runs the formatted pieces of one line together and separates paragraphs', () => {
    const body = {
      root: {
        children: [
          paragraph(text('Ket'), text('amine', 1), text(' helps.')),
          paragraph({ type: 'link', children: [text('Read')] }, text(' more')),
        ],
      },
    }
    expect(richTextPlainText(body)).toBe('Ketamine helps. Read more')
  })

  it('reads the text of blocks: a callout’s title and text, a key finding and its source', () => {
    const body = {
      root: {
        children: [
          {
            type: 'block',
            fields: { blockType: 'callout', tone: 'tip', title: 'Tip', text: 'Rest.' },
          },
          {
            type: 'block',
            fields: { blockType: 'keyFinding', finding: 'Mood lifted.', source: 'Nature, 2024' },
          },
        ],
      },
    }
    expect(richTextPlainText(body)).toBe('Tip Rest. Mood lifted. Nature, 2024')
  })

  it('keeps list items and line breaks apart, and reads a heading on its own', () => {
    const list = {
      type: 'list',
      children: [
        { type: 'listitem', children: [text('one')] },
        { type: 'listitem', children: [text('two'), { type: 'linebreak' }, text('three')] },
      ],
    }
    expect(plainText(list)).toBe('one two three')
    expect(plainText({ type: 'heading', children: [text('Why '), text('sleep', 2)] })).toBe(
      'Why sleep',
    )
  })

  it('is empty for no value', () => {
    expect(richTextPlainText(null)).toBe('')
    expect(richTextPlainText({ root: { children: [] } })).toBe('')
  })
})
