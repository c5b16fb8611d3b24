export interface RenderingBar {
  label: string;
  count: number;
  missing: boolean;
}

/** Horizontal bars, one per rendering, as an accessible list (the numbers are in the text). */
export function RenderingChart({ groups }: { groups: RenderingBar[] }) {
  const max = Math.max(1, ...groups.map((g) => g.count));
  return (
    <ul className="mt-3 space-y-1.5" data-rendering-chart="">
      {groups.map((g) => (
        <li key={g.label} className="grid grid-cols-[minmax(8rem,16rem)_1fr_2.5rem] items-center gap-2 text-sm">
          <span lang={g.missing ? undefined : 'en'} className={g.missing ? 'italic text-stone-600 dark:text-stone-300' : ''}>
            {g.label}
          </span>
          <span className="h-3 rounded bg-stone-200 dark:bg-stone-700" aria-hidden="true">
            <span
              className={`block h-3 rounded ${g.missing ? 'bg-stone-500' : 'bg-emerald-600 dark:bg-emerald-400'}`}
              style={{ width: `${(g.count / max) * 100}%` }}
            />
          </span>
          <span className="tabular-nums">{g.count}</span>
        </li>
      ))}
    </ul>
  );
}
