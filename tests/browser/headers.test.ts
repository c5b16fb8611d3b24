import { describe, expect, it } from 'vitest';
import { baseURL } from './browser';

const PAGES = ['/', '/read/qiushi-2024-14-cyber-law', `/terms/${encodeURIComponent('网络法治')}`, '/search?q=cyber', '/read/no-such-essay'];

describe('security headers from next start', () => {
  it.each(PAGES)('%s carries CSP, nosniff and referrer policy, and no X-Powered-By', async (path) => {
    const response = await fetch(`${baseURL()}${path}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('pages the proxy routes, on a server bound to 127.0.0.1 as npm start binds it', () => {
  const ROUTED = ['/read/qiushi-2024-14-cyber-law?script=hant-tw', `/terms/${encodeURIComponent('网络法治')}`, '/exports/corpus.tmx'];

  it.each(ROUTED)('%s is rewritten inside the server, not fetched again over HTTP', async (path) => {
    const response = await fetch(`${baseURL()}${path}`);
    expect(response.status).toBe(200);
    // An absolute rewrite is one Next fetches from itself (vercel/next.js#94745).
    expect(response.headers.get('x-middleware-rewrite')).toMatch(/^\/(read|terms|exports)\//u);
  });

  it.each(ROUTED)('%s is served behind a TLS-terminating proxy (X-Forwarded-Proto: https)', async (path) => {
    const response = await fetch(`${baseURL()}${path}`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.status).toBe(200);
  });
});

describe('revalidation of routed pages', () => {
  it('answers a repeated request with 304 until the script chosen changes the page', async () => {
    const page = `${baseURL()}/read/qiushi-2024-14-cyber-law`;
    const first = await fetch(page);
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toBeTruthy();
    const again = await fetch(page, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const otherScript = await fetch(page, { headers: { 'if-none-match': etag ?? '', cookie: 'qp-script=hant-tw' } });
    expect(otherScript.status).toBe(200);
    expect(await otherScript.text()).toContain('zh-Hant-TW');
  });

  it.each(['/about', '/import', '/words'])('answers a repeated request for the static page %s with 304', async (path) => {
    const first = await fetch(`${baseURL()}${path}`);
    expect(first.status).toBe(200);
    const again = await fetch(`${baseURL()}${path}`, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it("answers a repeated request for a page's look-up data with 304", async () => {
    const routed = (await fetch(`${baseURL()}/read/qiushi-2024-14-cyber-law`)).headers.get('x-middleware-rewrite') ?? '';
    const markup = `${baseURL()}${routed.replace(/^\/read\//u, '/lookup/')}/markup`;
    const first = await fetch(markup);
    expect(first.status).toBe(200);
    expect(await first.json()).toHaveProperty('zh');
    const again = await fetch(markup, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });
});
