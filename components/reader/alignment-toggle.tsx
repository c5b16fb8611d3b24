'use client';

import { useState, type ComponentType } from 'react';
import type { AlignmentEditorProps } from './alignment-editor';

/**
 * The "Edit alignment" button of a bilingual reading page. The editor itself is loaded only when asked
 * for (a dynamic import), so a reading page carries this button and nothing more.
 */
export function AlignmentToggle({ slug }: { slug: string }) {
  const [Editor, setEditor] = useState<ComponentType<AlignmentEditorProps> | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  if (Editor) return <Editor slug={slug} onClose={() => setEditor(null)} />;
  return (
    <p className="mb-2">
      <button
        type="button"
        className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:border-stone-500 dark:hover:bg-stone-800"
        disabled={loading}
        data-edit-alignment=""
        onClick={() => {
          setLoading(true);
          setFailed(false);
          import('./alignment-editor')
            .then(
              (module) => setEditor(() => module.AlignmentEditor),
              () => setFailed(true),
            )
            .finally(() => setLoading(false));
        }}
      >
        {loading ? 'Loading the editor…' : 'Edit alignment'}
      </button>
      {failed && (
        <span role="alert" className="ml-2 text-sm text-red-800 dark:text-red-300">
          The editor could not be loaded; try again.
        </span>
      )}
    </p>
  );
}
