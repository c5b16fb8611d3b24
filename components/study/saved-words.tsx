'use client';

import { useEffect, useState } from 'react';
import { parseWords, removeWord, toAnkiTsv, toWordsCsv, WORDS_KEY, type SavedWord } from '@/lib/study/words';
import { TonedPinyin } from './toned-pinyin';
import { TonedWord } from './toned-word';

/** A file download made in the browser: the words never leave it otherwise. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The saved words from localStorage, with export and removal; read after hydration, as the server cannot know them. */
export function SavedWords() {
  const [words, setWords] = useState<SavedWord[] | null>(null);
  useEffect(() => {
    const load = () => setWords(parseWords(localStorage.getItem(WORDS_KEY)));
    load();
    // Saved in another tab: show it here too.
    window.addEventListener('storage', load);
    return () => window.removeEventListener('storage', load);
  }, []);

  const update = (next: SavedWord[]) => {
    setWords(next);
    try {
      localStorage.setItem(WORDS_KEY, JSON.stringify(next));
    } catch {
      // Storage forbidden: the change holds on this page only.
    }
  };

  if (words === null) return <p className="mt-4 text-sm">Loading your words…</p>;
  if (words.length === 0)
    return (
      <p className="mt-4 text-sm" data-no-words="">
        No words saved yet.
      </p>
    );
  const origin = window.location.origin;
  const button =
    'rounded px-3 py-1.5 text-sm font-medium ring-1 ring-stone-300 hover:bg-stone-100 dark:ring-stone-600 dark:hover:bg-stone-700';
  return (
    <div className="mt-4">
      <div className="flex flex-wrap items-center gap-3">
        <p aria-live="polite">
          {words.length} {words.length === 1 ? 'word' : 'words'}
        </p>
        <button
          type="button"
          className={button}
          onClick={() => download('qiushi-parallel-words.tsv', 'text/tab-separated-values', toAnkiTsv(words, origin))}
        >
          Export for Anki (TSV)
        </button>
        <button
          type="button"
          className={button}
          onClick={() => download('qiushi-parallel-words.csv', 'text/csv', toWordsCsv(words, origin))}
        >
          Export as CSV
        </button>
      </div>
      <ul className="mt-4 divide-y divide-stone-200 dark:divide-stone-700" data-saved-words="">
        {words.map((w) => (
          <li key={`${w.word}\u0000${w.zh}`} className="grid gap-1 py-3" data-saved-word={w.word}>
            <p className="flex flex-wrap items-baseline gap-x-3">
              <span lang="zh" className="text-zh text-2xl font-semibold">
                <TonedWord word={w.word} pinyin={w.pinyin} />
              </span>
              <TonedPinyin pinyin={w.pinyin} className="text-lg" />
              <span lang="en">{w.gloss}</span>
            </p>
            <p lang="zh" className="text-zh text-base">
              {w.zh}
            </p>
            {w.en && (
              <p lang="en" className="text-en text-base text-stone-700 dark:text-stone-300">
                {w.en}
              </p>
            )}
            <p className="flex flex-wrap gap-3 text-sm">
              <a href={w.href} className="underline underline-offset-2">
                Back to the text
              </a>
              <button type="button" className="underline underline-offset-2" onClick={() => update(removeWord(words, w))}>
                Remove<span className="sr-only"> {w.word}</span>
              </button>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
