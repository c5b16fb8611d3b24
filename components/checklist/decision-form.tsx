'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { REVIEW_SCOPES, REVIEW_STATUSES, SCOPE_LABEL, STATUS_LABEL, type ReviewScope, type ReviewStatus } from '@/lib/review/labels';
import type { FindingTarget } from '@/lib/review/types';

/** The reviewer's name, remembered in this browser so that it need not be typed again. */
const REVIEWER_KEY = 'qp-reviewer';

function rememberedReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * A reviewer's decision on one finding or a group: status, scope, an optional reason and name. Saved to the
 * library for everyone (POST /api/review); the page then shows the checklist as it now stands.
 */
export function DecisionForm({ targets, label, onDone }: { targets: FindingTarget[]; label: string; onDone: () => void }) {
  const id = useId();
  const router = useRouter();
  const [status, setStatus] = useState<ReviewStatus>('accepted-variant');
  const [scope, setScope] = useState<ReviewScope>('occurrence');
  const [reason, setReason] = useState('');
  const [reviewer, setReviewer] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // The name is read from this browser after hydration: the server cannot know it.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReviewer(rememberedReviewer()), []);
  useEffect(() => first.current?.focus(), []);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      localStorage.setItem(REVIEWER_KEY, reviewer);
    } catch {
      // Storage may be forbidden: the name is still sent.
    }
    try {
      const response = await fetch('/api/review', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scope, status, targets, ...(reason ? { reason } : {}), ...(reviewer ? { reviewer } : {}) }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        setProblem(body.message ?? `The server answered ${response.status}.`);
        return;
      }
      onDone();
      router.refresh();
    } catch {
      setProblem('The server could not be reached; nothing was saved.');
    } finally {
      setSaving(false);
    }
  };

  const field = 'rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-800';
  return (
    <form
      onSubmit={save}
      className="decision-form mt-1 grid gap-2 rounded border border-stone-300 p-2 print:hidden dark:border-stone-600"
      aria-label={label}
    >
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="font-medium">Decision</legend>
        {REVIEW_STATUSES.map((s, i) => (
          <label key={s} className="flex min-h-6 items-center gap-1.5">
            <input
              ref={i === 0 ? first : undefined}
              type="radio"
              name={`${id}-status`}
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
            />
            {STATUS_LABEL[s]}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1">
          <span className="font-medium">Applies to</span>
          <select value={scope} onChange={(e) => setScope(e.target.value as ReviewScope)} className={field}>
            {REVIEW_SCOPES.map((s) => (
              <option key={s} value={s}>
                {SCOPE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid min-w-48 flex-1 gap-1">
          <span className="font-medium">Reason (optional)</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} className={field} />
        </label>
        <label className="grid gap-1">
          <span className="font-medium">Your name (optional)</span>
          <input value={reviewer} onChange={(e) => setReviewer(e.target.value)} maxLength={80} autoComplete="name" className={field} />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={saving}
          className="rounded bg-stone-800 px-3 py-1 text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
        >
          {saving ? 'Saving…' : `Save for ${targets.length} ${targets.length === 1 ? 'finding' : 'findings'}`}
        </button>
        <button type="button" onClick={onDone} className="underline underline-offset-2">
          Cancel
        </button>
        {problem && (
          <p role="alert" className="text-red-800 dark:text-red-300" data-decision-error="">
            {problem}
          </p>
        )}
      </div>
    </form>
  );
}
