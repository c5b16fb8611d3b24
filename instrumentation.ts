/** Starts the indexer's thread with the server, so the index catches up with the library before anyone asks. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { backgroundIndexer } = await import('./lib/indexer/server');
  backgroundIndexer();
}
