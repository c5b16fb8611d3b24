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
