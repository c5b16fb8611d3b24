import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/hydration-mark';
import { PreferencesBootScript } from '@/components/preferences-boot-script';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Qiushi Parallel', template: '%s · Qiushi Parallel' },
  description: 'Read Chinese political writing beside its English rendering, paragraph by paragraph, with terminology checks.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#1c1917' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-layout="side-by-side" data-theme="light" data-text-size="m" data-pinyin="off" suppressHydrationWarning>
      <head>
        <PreferencesBootScript />
      </head>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased dark:bg-stone-900 dark:text-stone-100">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 pb-24 pt-6 sm:px-6">
          {children}
        </main>
        {/* Only in the build the browser tests run (see package.json test:browser): they wait for it. */}
        {process.env.NEXT_PUBLIC_QP_HYDRATION_MARK === '1' && <HydrationMark />}
      </body>
    </html>
  );
}
