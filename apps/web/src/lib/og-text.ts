/**
 * The social image is drawn with the one font bundled in Next (Geist). For any character that
 * font lacks, Next's image renderer downloads an emoji picture or a Google font at run time: a
 * server without internet access then answers 500, and one with it sends visitors' titles to
 * third parties. So the image only ever gets characters the bundled font can draw (read from its
 * character map): Latin with accents, Cyrillic and typographic punctuation. Anything else (emoji,
 * other scripts, control characters) becomes a space.
 */
const DRAWABLE =
  /[\u0020-\u007e\u00a0-\u00ac\u00ae-\u0113\u0116-\u012b\u012e-\u0137\u0139-\u013e\u0141-\u0148\u014a-\u014d\u0150-\u017e\u0400-\u045f\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2032\u2033\u2039\u203a\u20ac\u2122]/

/** `text` with only characters the bundled font draws, spaces collapsed, at most `max` long. */
export function drawableText(text: string, max: number): string {
  return Array.from(text.normalize('NFC'), (char) => (DRAWABLE.test(char) ? char : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim()
}
