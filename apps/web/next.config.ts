import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The shared package exports TypeScript source, so Next compiles it with the app.
  transpilePackages: ['@sok/content'],
  images: {
    // The CMS already serves each image resized to the sizes the site shows (card, hero, social,
    // as WebP) with their width and height, so the site links them as they are. Optimising them
    // again would re-encode WebP on a small server and need the CMS's address at build time
    // (remotePatterns), while one build serves several deployments with different CMS_PUBLIC_URLs.
    unoptimized: true,
  },
}

export default nextConfig
