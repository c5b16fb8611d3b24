import type { OmissionView } from '@/lib/reader/types';

const SIDE_LABEL = { zh: 'Not in the English', en: 'Not in the Chinese' } as const;

/** How sure the aligner is that the text has no counterpart; sentence flags below SHOW_FLAG_ABOVE (lib/sentence) are not listed. */
const sureness = (confidence: number) => `${Math.round(confidence * 100)}% sure`;

/** What the English leaves out and adds, listed with links to the beads and how sure each is; collapsed by default. */
export function Omissions({ omissions, zhLang }: { omissions: OmissionView[]; zhLang: string }) {
  const left = omissions.filter((o) => o.side === 'zh').length;
  return (
    <details
      className="mb-4 rounded-lg border border-stone-200 bg-white px-4 py-2 dark:border-stone-700 dark:bg-stone-800"
      data-omissions=""
    >
      <summary className="cursor-pointer py-1 text-sm font-semibold">
        Omissions and additions: {left} left out of the English, {omissions.length - left} added in it
      </summary>
      {omissions.length === 0 ? (
        <p className="mt-2 text-sm">Every sentence has a counterpart in the other language.</p>
      ) : (
        <ol className="mt-3 space-y-2 pb-2 text-sm">
          {omissions.map((o, i) => (
            <li key={i} data-omission-side={o.side}>
              <a href={o.href} className="mr-2 font-mono underline underline-offset-2">
                {o.bead}
              </a>
              <span className="text-xs uppercase tracking-wide text-stone-600 dark:text-stone-300">
                {SIDE_LABEL[o.side]}
                {o.paragraph ? ' (paragraph)' : ''}
              </span>{' '}
              <span className="text-xs text-stone-600 dark:text-stone-300" data-omission-confidence={o.confidence.toFixed(2)}>
                {sureness(o.confidence)}
              </span>{' '}
              <span lang={o.side === 'zh' ? zhLang : 'en'} className={o.side === 'zh' ? 'text-zh' : 'text-en'}>
                {o.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
