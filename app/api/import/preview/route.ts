import { prepareImport } from '@/lib/import';
import { backgroundIndexer } from '@/lib/indexer';
import { MAX_REQUEST_BODY_BYTES } from '@/lib/library';
import { getPreviewView, pageMarkupOf } from '@/lib/reader';
import { chosenScript } from '@/app/script-choice';
import { guardedRequest } from '../../_lib/http';
import { importFailure, importRequestFrom } from '../form';
import { keepPreview } from './store';

/**
 * The aligned preview of an import: the reading view of the texts as they would be saved (nothing is
 * written), in the reader's script, with a look-up endpoint for its pop-up. Guarded like a write: aligning is the costly part.
 */
export async function POST(request: Request) {
  const guarded = await guardedRequest(request, MAX_REQUEST_BODY_BYTES);
  if (guarded instanceof Response) return guarded;
  const asked = await importRequestFrom(guarded);
  if (asked instanceof Response) return asked;
  try {
    const { document, warnings } = await prepareImport(asked);
    // In the reader's script, as its reading page will be shown.
    const script = await chosenScript(undefined);
    const languages = [...(document.zh ? (['zh'] as const) : []), ...(document.en ? (['en'] as const) : [])];
    const kind = document.zh && document.en ? 'bilingual' : document.zh ? 'chinese-only' : 'english-only';
    // Aligned and segmented in a thread of its own: a long text never holds up other readers, and its memory goes with the thread.
    const analysis = await backgroundIndexer().analyze({
      meta: { ...document.meta, languages },
      kind,
      zh: document.zh ? [...document.zh] : null,
      en: document.en ? [...document.en] : null,
      alignment: document.alignment ? [...document.alignment] : undefined,
    });
    const view = getPreviewView(analysis, script);
    if (analysis.zh) {
      const paragraphs = analysis.zh.map((text, i) => ({ text, words: analysis.words[i] ?? '' }));
      const id = keepPreview({ paragraphs, script, markup: pageMarkupOf(view.rows) });
      view.lookupHref = `/api/import/preview/${id}/cards`;
      view.markupHref = `/api/import/preview/${id}/markup`;
    }
    return Response.json({ view, slug: document.meta.slug, warnings });
  } catch (error) {
    return importFailure(error);
  }
}
