import type { SiteSetting } from '@sok/content'

import { NewsletterSection } from './NewsletterSection'
import { SiteAnchor, type SiteLink } from './SiteLink'

export function SiteFooter({ settings, links }: { settings: SiteSetting; links: SiteLink[] }) {
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <NewsletterSection
          newsletter={settings.newsletter}
          id="footer-newsletter"
          landmark={false}
        />
        <div>
          {settings.footer?.text && <p>{settings.footer.text}</p>}
          {links.length > 0 && (
            <nav aria-label="Footer">
              <ul className="footer-links">
                {links.map((link) => (
                  <li key={link.href}>
                    <SiteAnchor link={link} />
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <p className="meta">
            © {new Date().getFullYear()} {settings.siteName}
          </p>
        </div>
      </div>
    </footer>
  )
}
