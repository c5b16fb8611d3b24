import type { GlossarySource } from '@/lib/glossary/user';
import { GLOSSARY_COOKIE } from '@/lib/ui/preferences';

const ONE_YEAR_S = 365 * 24 * 3600;
const SOURCES: readonly GlossarySource[] = ['project', 'user', 'both'];

export const SOURCE_LABEL: Record<GlossarySource, string> = {
  project: 'the project glossary',
  user: 'your glossary',
  both: 'your glossary over the project’s',
};

/** The remembered glossary choice (browser side); the project's when none or an unknown value. */
export function readGlossaryChoice(): GlossarySource {
  const value = document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${GLOSSARY_COOKIE}=`))
    ?.slice(GLOSSARY_COOKIE.length + 1);
  return SOURCES.find((s) => s === value) ?? 'project';
}

export function rememberGlossaryChoice(source: GlossarySource): void {
  document.cookie = `${GLOSSARY_COOKIE}=${source}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}
