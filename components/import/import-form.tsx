'use client';

import { useRef, useState, type ReactNode } from 'react';
import type { ReadingView } from '@/lib/reader/types';
import { BeadRow } from '@/components/reader/bead-row';
import { SentencePartners } from '@/components/reader/sentence-partners';
import { WordPopover } from '@/components/reader/word-popover';
import { TRANSLATION_KINDS, UNKNOWN_TRANSLATION } from '@/lib/corpus/types';
import { TRANSLATION_LABEL } from '@/lib/reader/translation';

/** The fields an error can name (lib/import ImportField); anything else is shown above the buttons. */
type Field =
  | 'zh'
  | 'en'
  | 'bitext'
  | 'title'
  | 'titleZh'
  | 'slug'
  | 'date'
  | 'author'
  | 'source'
  | 'translationBy'
  | 'translationKind'
  | 'translationNote';
const FIELDS: readonly string[] = [
  'zh',
  'en',
  'bitext',
  'title',
  'titleZh',
  'slug',
  'date',
  'author',
  'source',
  'translationBy',
  'translationKind',
  'translationNote',
];

interface Problem {
  field: Field | null;
  message: string;
}

interface Preview {
  view: ReadingView;
  slug: string;
  warnings: string[];
}

/** A saved import whose input was read otherwise than it says: shown before the reader goes to it. */
interface Saved {
  href: string;
  warnings: string[];
}

const inputClass =
  'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1 text-base dark:border-stone-500 dark:bg-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700';
const buttonClass =
  'rounded bg-stone-800 px-4 py-2 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-200 dark:text-stone-900 dark:hover:bg-stone-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700';

async function problemOf(response: Response): Promise<Problem> {
  let body: { message?: unknown; field?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A body that is not JSON (a proxy's page, say): the status says enough.
  }
  const field = typeof body.field === 'string' && FIELDS.includes(body.field) ? (body.field as Field) : null;
  return { field, message: typeof body.message === 'string' ? body.message : `The server answered ${response.status}.` };
}

/** What a bilingual file was read as otherwise than it says (lib/import Bitext warnings), beside its field. */
function FieldWarnings({ id, warnings }: { id: string; warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div id={id} role="status" className="mt-1 text-sm text-amber-900 dark:text-amber-200" data-field-warning="">
      <ul className="list-disc pl-5">
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}

function FieldError({ id, problem }: { id: string; problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300" data-field-error="">
      {problem}
    </p>
  );
}

/**
 * The import form: Align asks the server for the reading view of the texts (nothing is written) and
 * shows it with the reading page's own rows and pop-up; Save to library writes the document and opens it.
 * Errors come back naming a field and are shown beside it.
 */
export function ImportForm() {
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState<'align' | 'save' | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewKey, setPreviewKey] = useState(0);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [saved, setSaved] = useState<Saved | null>(null);

  const errorFor = (field: Field) => (problem?.field === field ? problem.message : undefined);
  const describedBy = (field: Field, hint?: string) =>
    [hint, problem?.field === field ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  async function submit(action: 'align' | 'save') {
    if (!form.current) return;
    setBusy(action);
    setProblem(null);
    setWarnings([]);
    try {
      const response = await fetch(action === 'align' ? '/api/import/preview' : '/api/import', {
        method: 'POST',
        body: new FormData(form.current),
      });
      if (!response.ok) {
        const found = await problemOf(response);
        setProblem(found);
        if (found.field) form.current.querySelector<HTMLElement>(`[name="${found.field}"]`)?.focus();
        return;
      }
      if (action === 'align') {
        const next = (await response.json()) as Preview;
        setPreview(next);
        setWarnings(next.warnings);
        setPreviewKey((k) => k + 1);
      } else {
        const next = (await response.json()) as Saved;
        // Warnings would be lost on the reading page: they are shown first, with a link to it.
        if (next.warnings.length === 0) window.location.assign(next.href);
        else {
          setWarnings(next.warnings);
          setSaved(next);
        }
      }
    } catch {
      setProblem({ field: null, message: 'The server could not be reached.' });
    } finally {
      setBusy(null);
    }
  }

  const text = (field: 'zh' | 'en', label: string, lang: string, fileHint: string): ReactNode => (
    <div>
      <label htmlFor={field} className="font-medium">
        {label}
      </label>
      <textarea
        id={field}
        name={field}
        lang={lang}
        rows={10}
        className={inputClass}
        aria-invalid={errorFor(field) ? true : undefined}
        aria-describedby={describedBy(field)}
      />
      <label htmlFor={`${field}File`} className="mt-2 block text-sm">
        or choose a file <span className="text-stone-600 dark:text-stone-300">({fileHint})</span>
      </label>
      <input
        id={`${field}File`}
        name={`${field}File`}
        type="file"
        accept=".txt,.docx,text/plain"
        className="mt-1 block max-w-full text-sm"
      />
      <FieldError id={`${field}-error`} problem={errorFor(field)} />
    </div>
  );

  return (
    <>
      <form
        ref={form}
        className="mt-6 space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          void submit('align');
        }}
      >
        <div className="grid gap-6 md:grid-cols-2">
          {text('zh', 'Chinese text', 'zh', '.txt in UTF-8 or .docx')}
          {text('en', 'English text', 'en', '.txt in UTF-8 or .docx')}
        </div>
        <div>
          <label htmlFor="bitextFile" className="font-medium">
            Or one bilingual file
          </label>{' '}
          <span id="bitext-hint" className="text-sm text-stone-600 dark:text-stone-300">
            (TMX or XLIFF 1.1/1.2/2.x: its units become the alignment as given by the file; leave the texts above empty)
          </span>
          <input
            id="bitextFile"
            name="bitextFile"
            type="file"
            accept=".tmx,.xlf,.xliff,.xml"
            className="mt-1 block max-w-full text-sm"
            aria-describedby={[describedBy('bitext', 'bitext-hint'), warnings.length > 0 ? 'bitext-warnings' : undefined]
              .filter(Boolean)
              .join(' ')}
          />
          <FieldError id="bitext-error" problem={errorFor('bitext')} />
          <FieldWarnings id="bitext-warnings" warnings={warnings} />
        </div>
        <div className="max-w-xl">
          <label htmlFor="title" className="font-medium">
            Title (English)
          </label>
          <input
            id="title"
            name="title"
            type="text"
            required
            lang="en"
            className={inputClass}
            aria-invalid={errorFor('title') ? true : undefined}
            aria-describedby={describedBy('title')}
          />
          <FieldError id="title-error" problem={errorFor('title')} />
        </div>
        <fieldset className="grid max-w-xl gap-4 rounded border border-stone-300 p-4 dark:border-stone-600">
          <legend className="px-1 font-medium">Whose translation is the English?</legend>
          <p id="translation-hint" className="text-sm text-stone-600 dark:text-stone-300">
            Renderings from an official translation and from a machine translation are different evidence: term pages can show each kind
            apart.
          </p>
          <div>
            <label htmlFor="translationKind">Kind</label>
            <select
              id="translationKind"
              name="translationKind"
              defaultValue={UNKNOWN_TRANSLATION.kind}
              className={inputClass}
              aria-invalid={errorFor('translationKind') ? true : undefined}
              aria-describedby={describedBy('translationKind', 'translation-hint')}
            >
              {TRANSLATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {TRANSLATION_LABEL[kind]}
                </option>
              ))}
            </select>
            <FieldError id="translationKind-error" problem={errorFor('translationKind')} />
          </div>
          {(
            [
              ['translationBy', 'Translated by (a person, body or site)'],
              ['translationNote', 'Why you judge it so (optional)'],
            ] as const
          ).map(([field, label]) => (
            <div key={field}>
              <label htmlFor={field}>{label}</label>
              <input
                id={field}
                name={field}
                type="text"
                lang="en"
                className={inputClass}
                aria-invalid={errorFor(field) ? true : undefined}
                aria-describedby={describedBy(field)}
              />
              <FieldError id={`${field}-error`} problem={errorFor(field)} />
            </div>
          ))}
        </fieldset>
        <fieldset className="grid max-w-xl gap-4 rounded border border-stone-300 p-4 dark:border-stone-600">
          <legend className="px-1 font-medium">Optional details</legend>
          {(
            [
              ['titleZh', 'Chinese title', 'text', 'zh', undefined],
              [
                'slug',
                'Slug (address of the reading page)',
                'text',
                'en',
                'Lower-case letters and digits joined by hyphens; made from the title if empty.',
              ],
              ['date', 'Date', 'date', undefined, undefined],
              ['author', 'Author', 'text', undefined, undefined],
              ['source', 'Source URL', 'text', 'en', undefined],
            ] as const
          ).map(([field, label, type, lang, hint]) => (
            <div key={field}>
              <label htmlFor={field}>{label}</label>
              {hint && (
                <p id={`${field}-hint`} className="text-sm text-stone-600 dark:text-stone-300">
                  {hint}
                </p>
              )}
              <input
                id={field}
                name={field}
                type={type}
                lang={lang}
                className={inputClass}
                aria-invalid={errorFor(field) ? true : undefined}
                aria-describedby={describedBy(field, hint ? `${field}-hint` : undefined)}
              />
              <FieldError id={`${field}-error`} problem={errorFor(field)} />
            </div>
          ))}
        </fieldset>
        {problem && problem.field === null && (
          <p role="alert" className="font-medium text-red-800 dark:text-red-300">
            {problem.message}
          </p>
        )}
        {problem?.field && (
          <p role="alert" className="sr-only">
            {problem.message}
          </p>
        )}
        {saved && (
          <p role="status" className="font-medium" data-saved="">
            Saved to the library, read as said beside the file.{' '}
            <a href={saved.href} className="underline underline-offset-2">
              Read it
            </a>
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass} disabled={busy !== null}>
            {busy === 'align' ? 'Aligning…' : 'Align'}
          </button>
          <button type="button" className={buttonClass} disabled={busy !== null} onClick={() => void submit('save')}>
            {busy === 'save' ? 'Saving…' : 'Save to library'}
          </button>
        </div>
      </form>
      {preview && (
        <section aria-labelledby="preview-heading" className="mt-8" data-preview="">
          <h2 id="preview-heading" className="text-xl font-semibold">
            Preview: {preview.view.rows.length} {preview.view.rows.length === 1 ? 'row' : 'rows'}
          </h2>
          <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">
            Nothing is saved yet. It will be read at <code>/read/{preview.slug}</code>; you can correct the alignment there.
          </p>
          <div key={previewKey}>
            {preview.view.rows.map((row) => (
              <BeadRow key={row.number} row={row} bilingual={preview.view.kind === 'bilingual'} zhLang={preview.view.zhLang} />
            ))}
          </div>
          {preview.view.kind === 'bilingual' && <SentencePartners />}
          {preview.view.lookupHref && preview.view.markupHref && (
            <WordPopover
              key={previewKey}
              lookupHref={preview.view.lookupHref}
              markupHref={preview.view.markupHref}
              zhLang={preview.view.zhLang}
            />
          )}
        </section>
      )}
    </>
  );
}
