/**
 * Test data: the pieces attackers combine into an address that leaves the site (slashes and
 * backslashes browsers read as another host, schemes, user-info, whitespace browsers strip). The
 * unit test of `sameSitePath` and the site's e2e fuzzing build their inputs from these.
 */
export const offSitePieces = [
  '/',
  '\\',
  '.',
  '..',
  ':',
  '@',
  '?',
  '#',
  '\t',
  '\n',
  ' ',
  '\u3000',
  'evil.example',
  'http',
  'javascript',
  'a',
] as const
