import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { References } from './References'

describe('References', () => {
  it('shows a reference with a data: or javascript: address as text, without a link', () => {
    const html = renderToStaticMarkup(
      <References
        references={[
          { id: '1', title: 'A study', url: 'data:text/html,<script>alert(1)</script>' },
          { id: '2', title: 'Another study', url: 'javascript:alert(1)' },
          { id: '3', title: 'A real one', url: 'https://pubmed.example/1' },
        ]}
      />,
    )
    expect(html).toContain('A study.')
    expect(html).not.toContain('data:')
    expect(html).not.toContain('javascript:')
    expect(html.match(/<a /g)).toHaveLength(1)
    expect(html).toContain('href="https://pubmed.example/1"')
  })
})
