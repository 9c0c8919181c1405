import { describe, expect, it } from 'vitest'

import { safeUploadName } from './safeFilename'

describe('upload names', () => {
  it('keep a readable base and take the extension of the real type', () => {
    expect(safeUploadName('x.html', 'png')).toBe('x.png')
    expect(safeUploadName('Brain scan (final).SVG', 'webp')).toBe('brain-scan-final.webp')
    expect(safeUploadName('../../etc/passwd', 'jpg')).toBe('passwd.jpg')
    expect(safeUploadName('Café Ünïcode.jpeg', 'jpg')).toBe('cafe-unicode.jpg')
  })

  it('fall back to "image" when nothing readable is left', () => {
    expect(safeUploadName('.htaccess', 'gif')).toBe('image.gif')
    expect(safeUploadName('<script>.png', 'png')).toBe('script.png')
    expect(safeUploadName('😀😀.png', 'avif')).toBe('image.avif')
  })

  it('stay short', () => {
    expect(safeUploadName(`${'a'.repeat(300)}.png`, 'png')).toHaveLength(64)
  })
})
