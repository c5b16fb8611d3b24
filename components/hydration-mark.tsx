'use client';

import { useEffect } from 'react';

/**
 * Marks <html data-hydrated> once the page's interactive parts are live. Rendered last in
 * <body>, so its effect runs after theirs; browser tests wait for it before using the keyboard.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.setAttribute('data-hydrated', '');
  }, []);
  return null;
}
