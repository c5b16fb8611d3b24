import type { Metadata } from 'next';
import { ImportForm } from '@/components/import/import-form';

export const metadata: Metadata = { title: 'Add a text pair' };

export default function ImportPage() {
  return (
    <article>
      <h1 className="text-2xl font-semibold">Add a text pair</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        Paste a Chinese text and its English translation, or choose their files (plain text or Word .docx), or choose one bilingual TMX or
        XLIFF file. <b>Align</b> shows how the paragraphs pair up, as a reading page would; <b>Save to library</b> adds the pair to the
        library, where you can correct the alignment by hand.
      </p>
      <ImportForm />
    </article>
  );
}
