import type { Metadata } from 'next';
import { SavedWords } from '@/components/study/saved-words';

export const metadata: Metadata = { title: 'Saved words' };

export default function WordsPage() {
  return (
    <article>
      <h1 className="text-2xl font-semibold">Saved words</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        Words you saved from the pop-up on a reading page (open a word, then “Save word”), with the sentence you met them in. They are kept
        in this browser only. Export them for Anki (File › Import, tab-separated) or as CSV.
      </p>
      <SavedWords />
    </article>
  );
}
