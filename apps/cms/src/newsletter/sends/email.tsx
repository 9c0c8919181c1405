import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components'
import { render } from '@react-email/render'

/** Stands in for each reader's own unsubscribe link; replaced per reader after rendering once. */
export const UNSUBSCRIBE_PLACEHOLDER = 'SOK-READER-UNSUBSCRIBE-LINK'

export interface NewsletterContent {
  subject: string
  previewText: string
  title: string
  summary: string
  articleUrl: string
  hero?: { src: string; alt: string; width: number; height: number }
  siteName: string
  siteUrl: string
  footerText?: string
  footerLinks: { label: string; href: string }[]
}

const colors = { ink: '#1f2a30', muted: '#5b6770', accent: '#0e5563', line: '#dde3e6' }
const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

/** The newsletter: one article, short. System fonts and no remote styles, so rendering is offline. */
export function NewsletterEmail({ content }: { content: NewsletterContent }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{content.previewText}</Preview>
      <Body style={{ backgroundColor: '#f4f6f7', fontFamily: font, color: colors.ink }}>
        <Container style={{ backgroundColor: '#ffffff', padding: '24px', maxWidth: '600px' }}>
          <Text style={{ color: colors.accent, fontWeight: 600, margin: '0 0 16px' }}>
            <Link href={content.siteUrl} style={{ color: colors.accent }}>
              {content.siteName}
            </Link>
          </Text>
          {content.hero ? (
            <Img
              src={content.hero.src}
              alt={content.hero.alt}
              width="552"
              height={String(Math.round((552 * content.hero.height) / content.hero.width))}
              style={{ width: '100%', height: 'auto', borderRadius: '6px' }}
            />
          ) : null}
          <Heading as="h1" style={{ fontSize: '26px', lineHeight: '32px', margin: '20px 0 12px' }}>
            {content.title}
          </Heading>
          <Text style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 20px' }}>
            {content.summary}
          </Text>
          <Button
            href={content.articleUrl}
            style={{
              backgroundColor: colors.accent,
              color: '#ffffff',
              padding: '12px 20px',
              borderRadius: '6px',
              fontWeight: 600,
            }}
          >
            Read the article
          </Button>
          <Hr style={{ borderColor: colors.line, margin: '28px 0 16px' }} />
          <Section>
            {content.footerText ? (
              <Text style={{ fontSize: '13px', lineHeight: '20px', color: colors.muted }}>
                {content.footerText}
              </Text>
            ) : null}
            {content.footerLinks.length ? (
              <Text style={{ fontSize: '13px', lineHeight: '20px', color: colors.muted }}>
                {content.footerLinks.map((link, index) => (
                  <span key={link.href}>
                    {index > 0 ? ' · ' : null}
                    <Link href={link.href} style={{ color: colors.muted }}>
                      {link.label}
                    </Link>
                  </span>
                ))}
              </Text>
            ) : null}
            <Text style={{ fontSize: '13px', lineHeight: '20px', color: colors.muted }}>
              You receive this email because you subscribed to the {content.siteName} newsletter.{' '}
              <Link href={UNSUBSCRIBE_PLACEHOLDER} style={{ color: colors.muted }}>
                Unsubscribe
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

export interface RenderedNewsletter {
  subject: string
  html: string
  text: string
}

/** Renders the email once for a whole send; `personalise` puts in one reader's link. */
export async function renderNewsletter(content: NewsletterContent): Promise<RenderedNewsletter> {
  const email = <NewsletterEmail content={content} />
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })])
  return { subject: content.subject, html, text }
}

export function personalise(rendered: RenderedNewsletter, unsubscribeUrl: string) {
  // The URL is plain base64url and ASCII path characters: safe in HTML attributes and in text.
  return {
    html: rendered.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl),
    text: rendered.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl),
  }
}
