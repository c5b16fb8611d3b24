import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './errors';

/** fast-xml-parser's ordered form: each node is `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
export type XmlNode = Record<string, unknown>;

const TEXT = '#text';
const ATTRIBUTES = ':@';
const ATTRIBUTE_PREFIX = '@_';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  // Segment text keeps its spaces; numeric character references must become characters.
  trimValues: false,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
});

export const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ATTRIBUTES);

export const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};

export const attributeOf = (node: XmlNode, name: string): string | undefined => {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[`${ATTRIBUTE_PREFIX}${name}`];
  return typeof value === 'string' ? value : undefined;
};

/** The nodes named `tag` among `nodes` and their descendants, in document order, not looking inside a match. */
export function findAll(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((node) => (tagOf(node) === tag ? [node] : findAll(childrenOf(node), tag)));
}

export const firstChild = (node: XmlNode, tag: string) => childrenOf(node).find((child) => tagOf(child) === tag);

/** The root element of a parsed document (not the declaration, a comment or white space). */
export function parseXml(xml: string, name: string): XmlNode | undefined {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ImportError('bitext', `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, name);
  let nodes: XmlNode[];
  try {
    nodes = parser.parse(xml) as XmlNode[];
  } catch (error) {
    // Well-formed but beyond the parser's limits (elements nested too deep, entities expanding too far).
    throw new ImportError('bitext', `cannot be read as XML (${(error as Error).message})`, name);
  }
  return nodes.find((node) => {
    const tag = tagOf(node);
    return tag !== undefined && tag !== TEXT && !tag.startsWith('?') && !tag.startsWith('!');
  });
}

/**
 * Inline elements whose content is the original format's code (a `<b>`, a field, a footnote's text), not
 * text to read: TMX's and XLIFF 1.2's bpt/ept/ph/it/ut (their `<sub>` goes with them). The empty codes
 * (x, bx, ex; XLIFF 2's ph, sc, ec, sm, em) have no text anyway; g, mrk, hi and pc keep theirs.
 */
const NATIVE_CODE = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Codes that stand for a line, page or column break: TMX `type`, XLIFF 1.2 `ctype`, XLIFF 2 `subType`. */
const BREAK_TYPES = new Set(['lb', 'pb', 'cb', 'xlf:lb', 'xlf:pb']);

const isBreak = (node: XmlNode) =>
  [attributeOf(node, 'type'), attributeOf(node, 'ctype'), attributeOf(node, 'subType')].some((t) => t !== undefined && BREAK_TYPES.has(t));

/** A code's place in the text: a break is a line end (white space, below); any other code leaves nothing. */
const codeText = (node: XmlNode) => (isBreak(node) ? '\n' : '');

/** The raw text of an element: its text nodes and those of formatting elements, codes as codeText. */
export function rawTextOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => {
      const tag = tagOf(child);
      if (tag === TEXT) return String(child[TEXT]);
      if (tag === undefined) return '';
      if (NATIVE_CODE.has(tag) || tag === 'x' || tag === 'bx' || tag === 'ex' || tag === 'sc' || tag === 'ec') return codeText(child);
      // XLIFF 2's <cp hex="…"/> stands for a character XML cannot hold.
      if (tag === 'cp') return String.fromCodePoint(Number.parseInt(attributeOf(child, 'hex') ?? '', 16) || 0xfffd);
      return rawTextOf(child);
    })
    .join('');
}

/** Chinese characters and full-width punctuation: a line end between two of them is no space. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * White space as a paragraph reads: a run with a line end (a pretty-printed file's indentation, a break
 * code) becomes one space, or nothing between two Chinese characters; other spaces stay; the ends are
 * trimmed.
 */
export function normalizeSpace(text: string): string {
  return text
    .replace(/[ \t]*[\r\n][ \t\r\n]*/gu, (run, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      return CJK.test(before) && CJK.test(after) ? '' : ' ';
    })
    .trim();
}

/**
 * The text of a segment element as a reader sees it: inline codes dropped, formatting kept, white space
 * normalised. `stripTags` removes a tool's own tags that it writes into the text (OmegaT's `<b0>`).
 */
export function textOf(node: XmlNode, stripTags?: RegExp): string {
  const raw = rawTextOf(node);
  return normalizeSpace(stripTags ? raw.replace(stripTags, '') : raw);
}
