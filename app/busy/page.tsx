import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Busy' };

/** What proxy.ts answers (503, Retry-After) when too many searches are waiting (lib/admission); 404 if asked for. */
export default function BusyPage() {
  return (
    <div className="py-16">
      <h1 className="text-2xl font-semibold">The server is busy</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300" data-server-busy>
        It is answering many searches just now. Try again in a few seconds; reading pages are still served.
      </p>
      <p className="mt-4">
        <Link href="/" className="underline underline-offset-4">
          Back to the library
        </Link>
      </p>
    </div>
  );
}
