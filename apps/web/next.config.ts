import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The shared package exports TypeScript source, so Next compiles it with the app.
  transpilePackages: ['@sok/content'],
}

export default nextConfig
