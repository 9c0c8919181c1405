/** An article body (Lexical) with one paragraph, for articles tests create over the API. */
export function paragraph(text: string) {
  const node = { version: 1, format: '', indent: 0, direction: 'ltr' }
  return {
    root: {
      ...node,
      type: 'root',
      children: [
        {
          ...node,
          type: 'paragraph',
          textFormat: 0,
          children: [
            { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
          ],
        },
      ],
    },
  }
}
