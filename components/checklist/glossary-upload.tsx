'use client';

import { useId, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';

type Result = { kind: 'error'; message: string } | { kind: 'done'; message: string } | null;

/**
 * A labelled file input that posts a term list to /api/glossary. A refused file shows its one-line
 * error (file:line:column: problem) beside the field; nothing of it is stored.
 */
export function GlossaryUpload({ hasUserGlossary }: { hasUserGlossary: boolean }) {
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState(false);

  const send = async (init: RequestInit, done: string) => {
    setBusy(true);
    try {
      const response = await fetch('/api/glossary', init);
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        setResult({ kind: 'error', message: body.message ?? `The server answered ${response.status}.` });
        return;
      }
      const body = response.status === 204 ? {} : ((await response.json()) as { entries?: number });
      setResult({
        kind: 'done',
        message: body.entries === undefined ? done : `${done}: ${body.entries} ${body.entries === 1 ? 'entry' : 'entries'}.`,
      });
      router.refresh();
    } catch {
      setResult({ kind: 'error', message: 'The server could not be reached; nothing was changed.' });
    } finally {
      setBusy(false);
    }
  };

  const upload = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setResult({ kind: 'error', message: 'Choose a CSV or TBX file first.' });
      input.current?.focus();
      return;
    }
    const form = new FormData();
    form.append('file', file);
    void send({ method: 'POST', body: form }, 'Uploaded');
  };

  const errorId = `${id}-error`;
  return (
    <div className="mt-3 grid gap-3">
      <form onSubmit={upload} className="flex flex-wrap items-end gap-3" data-glossary-upload="">
        <div className="grid gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            Term list (.csv or .tbx)
          </label>
          <input
            ref={input}
            id={id}
            name="file"
            type="file"
            accept=".csv,.tbx,.xml,text/csv"
            aria-invalid={result?.kind === 'error' || undefined}
            aria-describedby={result?.kind === 'error' ? errorId : undefined}
            onChange={() => setResult(null)}
            className="max-w-full text-sm file:mr-3 file:rounded file:border-0 file:bg-stone-200 file:px-3 file:py-1.5 dark:file:bg-stone-700"
          />
        </div>
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-stone-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
        >
          Upload
        </button>
        {hasUserGlossary && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void send({ method: 'DELETE' }, 'Removed: notes follow the project glossary')}
            className="rounded px-3 py-1.5 text-sm ring-1 ring-stone-300 dark:ring-stone-600"
          >
            Remove uploaded glossary
          </button>
        )}
      </form>
      {result?.kind === 'error' && (
        <p
          id={errorId}
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 font-mono text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          data-upload-error=""
        >
          {result.message}
        </p>
      )}
      {result?.kind === 'done' && (
        <p role="status" className="text-sm" data-upload-done="">
          {result.message}
        </p>
      )}
    </div>
  );
}
