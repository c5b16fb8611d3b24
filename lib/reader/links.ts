import type { Script } from '../script';

/**
 * The site's links, built in one place. Chinese stays readable in a path (an IRI: the browser
 * percent-encodes it when it requests), which also keeps pages light; white space, controls
 * and URL delimiters are encoded.
 */
function pathSegment(value: string): string {
  return Array.from(value, (ch) => (/[\p{L}\p{N}]/u.test(ch) && ch.codePointAt(0)! > 0x7f ? ch : encodeURIComponent(ch))).join('');
}

/** A term's page; with `translation`, restricted to the documents whose English is a translation of that kind. */
export function termHref(term: string, translation?: string): string {
  return `/terms/${pathSegment(term)}${translation ? `?translation=${translation}` : ''}`;
}

/** A reading page, or one of its beads (1-based, as shown). */
export function readHref(slug: string, bead?: number): string {
  return `/read/${pathSegment(slug)}${bead === undefined ? '' : `#b${bead}`}`;
}

/** The look-up cards of a reading page in a script, for the document at `version` (a new version, a new path). */
export function lookupHref(slug: string, script: Script, version: string): string {
  return `/lookup/${pathSegment(slug)}/${script}/${version}/cards`;
}

/** The paragraph markup of a reading page in a script (see PageMarkup), for the document at `version`. */
export function markupHref(slug: string, script: Script, version: string): string {
  return `/lookup/${pathSegment(slug)}/${script}/${version}/markup`;
}

export function searchHref(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** The checklist of a bilingual document's notes. */
export function checklistHref(slug: string): string {
  return `/checklist/${pathSegment(slug)}`;
}

/** A document's notes under a glossary choice, in a script (the choice is added by the page: ?source=). */
export function notesHref(slug: string, script: Script): string {
  return `/api/glossary/notes/${pathSegment(slug)}?script=${script}`;
}

/** A document's look-up cards under a glossary choice, in a script (the choice is added by the pop-up: &source=). */
export function chosenCardsHref(slug: string, script: Script): string {
  return `/api/glossary/cards/${pathSegment(slug)}?script=${script}`;
}
