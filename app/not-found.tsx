import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="py-16">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">There is no document or page at this address.</p>
      <p className="mt-4">
        <Link href="/" className="underline underline-offset-4">
          Back to the library
        </Link>
      </p>
    </div>
  );
}
