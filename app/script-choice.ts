import 'server-only';
import { cookies } from 'next/headers';
import { parseScript, type Script } from '@/lib/script';
import { SCRIPT_COOKIE } from '@/lib/ui/preferences';

/** The reader's script for a dynamic page: `?script=` first, then the remembered cookie. */
export async function chosenScript(param: string | string[] | undefined): Promise<Script> {
  const fromUrl = Array.isArray(param) ? param[0] : param;
  return parseScript(fromUrl ?? (await cookies()).get(SCRIPT_COOKIE)?.value);
}
