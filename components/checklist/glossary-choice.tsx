'use client';

import { useEffect, useState } from 'react';
import type { GlossarySource } from '@/lib/glossary/user';
import { SegmentedRadio } from '@/components/segmented-radio';
import { readGlossaryChoice, rememberGlossaryChoice } from './glossary-choice-cookie';

const OPTIONS = [
  { value: 'project', label: 'Project glossary' },
  { value: 'user', label: 'Your glossary' },
  { value: 'both', label: 'Both (yours first)' },
];

/** The reader's choice of glossary for the notes, remembered in a cookie for every page. */
export function GlossaryChoice({ hasUserGlossary }: { hasUserGlossary: boolean }) {
  const [source, setSource] = useState<GlossarySource>('project');
  // eslint-disable-next-line react-hooks/set-state-in-effect -- what the browser stored is read after hydration: the server cannot know it
  useEffect(() => setSource(readGlossaryChoice()), []);
  const choose = (value: string) => {
    const next = OPTIONS.some((o) => o.value === value) ? (value as GlossarySource) : 'project';
    setSource(next);
    rememberGlossaryChoice(next);
  };
  return (
    <div className="mt-2 grid gap-2">
      <SegmentedRadio legend="Notes follow" options={OPTIONS} value={source} onChange={choose} data-glossary-choice="" />
      {!hasUserGlossary && source !== 'project' && (
        <p className="text-sm text-stone-700 dark:text-stone-300" role="status">
          No glossary is uploaded yet: until one is, the notes follow the project glossary.
        </p>
      )}
    </div>
  );
}
