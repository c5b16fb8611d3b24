import { cookies } from 'next/headers';
import { GLOSSARY_SOURCES, type GlossarySource } from '../glossary';
import { GLOSSARY_COOKIE } from '../ui/preferences';

/** Reads a glossary choice from an untrusted value (cookie, URL parameter); anything else is the project's. */
export function parseGlossarySource(value: unknown): GlossarySource {
  return GLOSSARY_SOURCES.find((source) => source === value) ?? 'project';
}

/** The reader's glossary choice for a dynamic page: `?glossary=` first, then the remembered cookie. */
export async function chosenGlossarySource(param?: string | string[]): Promise<GlossarySource> {
  const fromUrl = Array.isArray(param) ? param[0] : param;
  return parseGlossarySource(fromUrl ?? (await cookies()).get(GLOSSARY_COOKIE)?.value);
}
