'use client';

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { canMove, canSplit, mergeWithNext, moveParagraph, sameBeads, split, type EditBead, type Side } from '@/lib/library/edit-beads';
import type { BeadOrigin } from '@/lib/align';
import { needsCheck } from '@/lib/reader/check';
import { OriginMarker } from './origin-marker';

export interface AlignmentEditorProps {
  slug: string;
  onClose: () => void;
}

interface Loaded {
  version: string;
  zh: string[];
  en: string[];
  beads: Array<EditBead & { confidence: number; origin?: BeadOrigin }>;
  handAligned: boolean;
}

interface History {
  past: ReadonlyArray<readonly EditBead[]>;
  present: readonly EditBead[];
  future: ReadonlyArray<readonly EditBead[]>;
}

/** What gets focus after an edit: a row, or a paragraph where it now stands. */
type FocusTarget = { bead: number } | { side: Side; paragraph: number };

const keyOf = (bead: EditBead) => `${bead.zh.join(',')}|${bead.en.join(',')}`;
const SIDE_NAME = { zh: 'Chinese', en: 'English' } as const;

const buttonClass =
  'rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-stone-500 dark:hover:bg-stone-800';
const mainButtonClass =
  'rounded bg-stone-800 px-3 py-1 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:bg-stone-200 dark:text-stone-900';

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON: the status says enough.
  }
  return `The server answered ${response.status}.`;
}

/**
 * The alignment editor (InterText's operations): merge a row with the next, split a row, move a
 * paragraph to the row before or after; undo and redo; Save writes alignment.tsv with the version the
 * editor loaded (a stale one is refused with 409, never merged), Reset to automatic removes it.
 * While it is open the reading rows are hidden (data-editing on the root element).
 */
export function AlignmentEditor({ slug, onClose }: AlignmentEditorProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const focusTarget = useRef<FocusTarget | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const leaving = useRef(false);
  const api = `/api/alignment/${encodeURIComponent(slug)}`;

  useEffect(() => {
    let live = true;
    fetch(api, { cache: 'no-store' }).then(
      async (response) => {
        if (!live) return;
        if (!response.ok) return setMessage({ text: await messageOf(response), error: true });
        const data = (await response.json()) as Loaded;
        setLoaded(data);
        setHistory({ past: [], present: data.beads.map(({ zh, en }) => ({ zh, en })), future: [] });
      },
      () => live && setMessage({ text: 'The alignment could not be loaded.', error: true }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.editing = '';
    return () => {
      delete root.dataset.editing;
    };
  }, []);

  const dirty = loaded !== null && history !== null && !sameBeads(history.present, loaded.beads);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Focus follows the edit, so a keyboard user keeps their place.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target || !list.current) return;
    focusTarget.current = null;
    const selector = 'bead' in target ? `[data-edit-bead="${target.bead}"]` : `[data-edit-p="${target.side}${target.paragraph}"]`;
    list.current.querySelector<HTMLElement>(selector)?.focus();
  }, [history]);

  const apply = useCallback((edit: (beads: readonly EditBead[]) => readonly EditBead[], focus: FocusTarget) => {
    setHistory((h) => {
      if (!h) return h;
      const next = edit(h.present);
      if (next === h.present) return h;
      focusTarget.current = focus;
      return { past: [...h.past, h.present], present: next, future: [] };
    });
    setMessage(null);
  }, []);

  const undo = useCallback(() => {
    setHistory((h) =>
      h && h.past.length > 0 ? { past: h.past.slice(0, -1), present: h.past.at(-1) ?? h.present, future: [h.present, ...h.future] } : h,
    );
  }, []);
  const redo = useCallback(() => {
    setHistory((h) =>
      h && h.future.length > 0 ? { past: [...h.past, h.present], present: h.future[0] ?? h.present, future: h.future.slice(1) } : h,
    );
  }, []);

  const merge = (i: number) => apply((b) => mergeWithNext(b, i), { bead: i });
  const splitRow = (i: number) => apply((b) => split(b, i), { bead: i });
  const move = (i: number, side: Side, p: number, direction: -1 | 1) =>
    apply((b) => moveParagraph(b, i, side, p, direction), { side, paragraph: p });

  async function write(method: 'PUT' | 'DELETE') {
    if (!loaded || !history) return;
    setBusy(true);
    setMessage(null);
    try {
      const body = method === 'PUT' ? { version: loaded.version, beads: history.present } : { version: loaded.version };
      const response = await fetch(api, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) {
        setMessage({ text: await messageOf(response), error: true });
        return;
      }
      leaving.current = true;
      setMessage({ text: method === 'PUT' ? 'Saved. Reloading…' : 'Back to the automatic alignment. Reloading…', error: false });
      window.location.reload();
    } catch {
      setMessage({ text: 'The server could not be reached; nothing was saved.', error: true });
    } finally {
      setBusy(false);
    }
  }

  function close() {
    if (dirty && !window.confirm('Discard the unsaved changes to the alignment?')) return;
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      return event.shiftKey ? redo() : undo();
    }
    if (mod && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      return redo();
    }
    if (mod || !(event.target instanceof HTMLElement)) return;
    const paragraph = event.target.closest<HTMLElement>('[data-edit-p]');
    const row = event.target.closest<HTMLElement>('[data-edit-bead]');
    const i = Number(row?.dataset.editBead ?? Number.NaN);
    if (Number.isNaN(i)) return;
    if (paragraph && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const side = paragraph.dataset.side as Side;
      move(i, side, Number(paragraph.dataset.paragraph), event.key === 'ArrowUp' ? -1 : 1);
    } else if (!event.altKey && event.target === row && event.key === 'm') {
      event.preventDefault();
      merge(i);
    } else if (!event.altKey && event.target === row && event.key === 's') {
      event.preventDefault();
      splitRow(i);
    }
  }

  const original = new Map(loaded?.beads.map((bead) => [keyOf(bead), bead]) ?? []);

  return (
    <section
      aria-labelledby="alignment-editor-heading"
      className="mb-6 rounded-lg border border-stone-300 p-3 dark:border-stone-600"
      onKeyDown={onKeyDown}
      data-alignment-editor=""
    >
      <div className="sticky top-0 z-10 -mx-3 -mt-3 mb-3 flex flex-wrap items-center gap-2 rounded-t-lg border-b border-stone-300 bg-stone-50 px-3 py-2 dark:border-stone-600 dark:bg-stone-900">
        <h2 id="alignment-editor-heading" className="mr-auto font-semibold">
          Edit alignment
        </h2>
        <span role="status" className="text-sm" data-unsaved={dirty ? '' : undefined}>
          {dirty ? <b>Unsaved changes</b> : 'No unsaved changes'}
        </span>
        <button
          type="button"
          className={buttonClass}
          onClick={undo}
          disabled={!history || history.past.length === 0}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={redo}
          disabled={!history || history.future.length === 0}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          Redo
        </button>
        <button type="button" className={mainButtonClass} onClick={() => void write('PUT')} disabled={!dirty || busy}>
          Save
        </button>
        {loaded?.handAligned && (
          <button type="button" className={buttonClass} onClick={() => void write('DELETE')} disabled={busy}>
            Reset to automatic
          </button>
        )}
        <button type="button" className={buttonClass} onClick={close}>
          Close editor
        </button>
      </div>
      <p className="mb-2 text-xs text-stone-700 dark:text-stone-300">
        Keys on a focused row: <kbd className="rounded border px-1">m</kbd> merge with next, <kbd className="rounded border px-1">s</kbd>{' '}
        split; on a focused paragraph: <kbd className="rounded border px-1">Alt</kbd>+<kbd className="rounded border px-1">↑</kbd>/
        <kbd className="rounded border px-1">↓</kbd> move it to the row before or after; <kbd className="rounded border px-1">Ctrl</kbd>+
        <kbd className="rounded border px-1">Z</kbd> undo, <kbd className="rounded border px-1">Ctrl</kbd>+
        <kbd className="rounded border px-1">Shift</kbd>+<kbd className="rounded border px-1">Z</kbd> redo.
      </p>
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'mb-2 font-medium text-red-800 dark:text-red-300' : 'mb-2'}
          data-editor-message=""
        >
          {message.text}
        </p>
      )}
      {!history || !loaded ? (
        !message && <p>Loading the alignment…</p>
      ) : (
        <ol ref={list} className="space-y-3" aria-label="Rows">
          {history.present.map((bead, i) => {
            const before = original.get(keyOf(bead));
            const flagged = before !== undefined && needsCheck(before);
            return (
              <li
                key={i}
                tabIndex={0}
                data-edit-bead={i}
                aria-label={`Row ${i + 1}`}
                className="rounded border border-stone-200 p-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-stone-700"
              >
                <div className="mb-1 flex flex-wrap items-center gap-2 text-xs">
                  <span className="font-mono">{i + 1}</span>
                  {flagged && (
                    <span className="alignment-marker" data-check-alignment="">
                      check alignment
                    </span>
                  )}
                  <OriginMarker origin={before?.origin} />
                  <button
                    type="button"
                    className={buttonClass}
                    onClick={() => merge(i)}
                    disabled={i === history.present.length - 1}
                    aria-keyshortcuts="M"
                  >
                    Merge with next
                  </button>
                  <button
                    type="button"
                    className={buttonClass}
                    onClick={() => splitRow(i)}
                    disabled={!canSplit(history.present, i)}
                    aria-keyshortcuts="S"
                  >
                    Split
                  </button>
                </div>
                <div className="grid gap-3 md:grid-cols-2">
                  {(['zh', 'en'] as const).map((side) => (
                    <div key={side} data-side={side}>
                      {bead[side].length === 0 && (
                        <p className="text-sm italic text-stone-600 dark:text-stone-300">No {SIDE_NAME[side]} paragraph</p>
                      )}
                      {bead[side].map((p) => (
                        <div key={p} className="mb-2">
                          <p
                            tabIndex={0}
                            lang={side === 'zh' ? 'zh-Hans' : 'en'}
                            data-edit-p={`${side}${p}`}
                            data-side={side}
                            data-paragraph={p}
                            aria-label={`${SIDE_NAME[side]} paragraph ${p + 1}`}
                            className="line-clamp-4 rounded text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
                          >
                            {(side === 'zh' ? loaded.zh : loaded.en)[p]}
                          </p>
                          <div className="mt-1 flex gap-2">
                            <button
                              type="button"
                              className={buttonClass}
                              disabled={!canMove(history.present, i, side, p, -1)}
                              onClick={() => move(i, side, p, -1)}
                              aria-label={`Move ${SIDE_NAME[side]} paragraph ${p + 1} to the row before`}
                              aria-keyshortcuts="Alt+ArrowUp"
                            >
                              ↑ Row before
                            </button>
                            <button
                              type="button"
                              className={buttonClass}
                              disabled={!canMove(history.present, i, side, p, 1)}
                              onClick={() => move(i, side, p, 1)}
                              aria-label={`Move ${SIDE_NAME[side]} paragraph ${p + 1} to the row after`}
                              aria-keyshortcuts="Alt+ArrowDown"
                            >
                              ↓ Row after
                            </button>
                          </div>
                        </div>
                      ))}
                    </div>
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
