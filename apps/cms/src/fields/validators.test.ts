import { describe, expect, it } from 'vitest'

import { normaliseDoi, validateDoi, validateSiteLink, validateWebUrl } from './validators'

describe('validateDoi', () => {
  it('accepts a bare DOI and an empty value', () => {
    expect(validateDoi('10.1038/s41598-024-54370-9')).toBe(true)
    expect(validateDoi('')).toBe(true)
    expect(validateDoi(undefined)).toBe(true)
  })

  it.each(['https://doi.org/10.1038/x', '10.10/x', 'doi 10.1038/x', '10.1038/ has space'])(
    'explains what is wrong with %j',
    (value) => {
      expect(validateDoi(value)).toMatch(/Enter the DOI on its own/)
    },
  )
})

describe('normaliseDoi', () => {
  it('removes the resolver prefix and spaces that come with a paste', () => {
    expect(normaliseDoi(' https://doi.org/10.1038/abc ')).toBe('10.1038/abc')
    expect(normaliseDoi('doi: 10.1038/abc')).toBe('10.1038/abc')
  })
})

describe('validateWebUrl', () => {
  it('accepts http and https addresses', () => {
    expect(validateWebUrl('https://pubmed.ncbi.nlm.nih.gov/38402253/')).toBe(true)
    expect(validateWebUrl('http://example.org')).toBe(true)
  })

  it.each(['javascript:alert(1)', 'ftp://x.org', 'example.org', 'mailto:a@b.c'])(
    'rejects %j with a readable message',
    (value) => {
      expect(validateWebUrl(value)).toMatch(/full web address/)
    },
  )
})

describe('validateSiteLink', () => {
  it('accepts site paths and web addresses, nothing else', () => {
    expect(validateSiteLink('/faq')).toBe(true)
    expect(validateSiteLink('https://example.org')).toBe(true)
    expect(validateSiteLink('//evil.example')).toMatch(/path on this site/)
    expect(validateSiteLink('javascript:alert(1)')).toMatch(/path on this site/)
    expect(validateSiteLink('')).toMatch(/path on this site/)
  })
})
