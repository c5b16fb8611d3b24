import 'server-only';
import { cookies } from 'next/headers';
import type { GlossarySource } from '@/lib/glossary';
import { parseGlossarySource } from '@/lib/reader/glossary-choice';
import { GLOSSARY_COOKIE } from '@/lib/ui/preferences';

/** The reader's glossary choice for a dynamic page: `?glossary=` first, then the remembered cookie. */
export async function chosenGlossarySource(param?: string | string[]): Promise<GlossarySource> {
  const fromUrl = Array.isArray(param) ? param[0] : param;
  return parseGlossarySource(fromUrl ?? (await cookies()).get(GLOSSARY_COOKIE)?.value);
}
