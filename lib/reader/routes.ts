// The names in the site's dynamic addresses, without the code that serves them: the proxy checks an address
// against these before anything is rendered, and the routes that serve them are typed by them.

/** The files under /exports/. */
export const EXPORT_FILES = ['corpus.tmx', 'corpus-sentences.tmx', 'glossary.tbx', 'glossary.csv', 'notes.csv'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** What a reading page fetches from /lookup/<slug>/<script>/<version>/<part>. */
export const LOOKUP_PARTS = ['markup', 'cards'] as const;
export type LookupPart = (typeof LOOKUP_PARTS)[number];

export const isExportFile = (name: string): name is ExportFile => EXPORT_FILES.some((file) => file === name);
export const isLookupPart = (name: string): name is LookupPart => LOOKUP_PARTS.some((part) => part === name);
