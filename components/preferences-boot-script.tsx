'use client';

import { PREFERENCES_BOOT_SCRIPT } from '@/lib/ui/preferences';

/**
 * Applies the reader's stored preferences before the first paint. A client component's output is sent
 * only as HTML, where a server component's would be sent again in React's payload: once is enough for
 * a script that runs once.
 */
export function PreferencesBootScript() {
  return <script dangerouslySetInnerHTML={{ __html: PREFERENCES_BOOT_SCRIPT }} />;
}
