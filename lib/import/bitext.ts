import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Bead } from '../align';
import type { Lang } from '../corpus';
import { normalizeParagraph } from '../library';
import { ImportError } from './errors';
import { decodeText, type ImportInput } from './text';

/** A bilingual file read as a document: each unit is one paragraph per side and one bead. */
export interface Bitext {
  format: 'tmx' | 'xliff-1' | 'xliff-2';
  zh: string[];
  en: string[];
  /** The units as beads; a unit with text on one side only is a bead with the other side empty. */
  beads: Bead[];
}

/** fast-xml-parser's ordered form: each node is `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
type XmlNode = Record<string, unknown>;

const TEXT = '#text';
const ATTRIBUTES = ':@';
const ATTRIBUTE_PREFIX = '@_';

/** Inline elements that hold the original format's codes (a `<b>`, a field), not text to read. */
const NATIVE_CODE = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

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

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ATTRIBUTES);
const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
const attributeOf = (node: XmlNode, name: string): string | undefined => {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[`${ATTRIBUTE_PREFIX}${name}`];
  return typeof value === 'string' ? value : undefined;
};

/** The nodes named `tag` among `nodes` and their descendants, in document order, not looking inside a match. */
function findAll(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((node) => (tagOf(node) === tag ? [node] : findAll(childrenOf(node), tag)));
}

const firstChild = (node: XmlNode, tag: string) => childrenOf(node).find((child) => tagOf(child) === tag);

/** The text of an element: its text nodes and those of formatting elements, without native codes. */
function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => {
      const tag = tagOf(child);
      if (tag === TEXT) return String(child[TEXT]);
      if (tag === undefined || NATIVE_CODE.has(tag)) return '';
      // XLIFF 2's <cp hex="…"/> stands for a character XML cannot hold.
      if (tag === 'cp') return String.fromCodePoint(Number.parseInt(attributeOf(child, 'hex') ?? '', 16) || 0xfffd);
      return textOf(child);
    })
    .join('');
}

/** Which side a language tag belongs to: zh-CN, zh-Hans, zh → zh; en-US, en → en; others none. */
function sideOf(tag: string | undefined): Lang | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/u)[0];
  return primary === 'zh' || primary === 'en' ? primary : undefined;
}

interface Unit {
  zh: string;
  en: string;
}

function tmxUnits(root: XmlNode, name: string): Unit[] {
  const languages = new Set<string>();
  const units = findAll(childrenOf(root), 'tu').map((tu) => {
    const unit: Unit = { zh: '', en: '' };
    for (const tuv of findAll(childrenOf(tu), 'tuv')) {
      const lang = attributeOf(tuv, 'xml:lang') ?? attributeOf(tuv, 'lang');
      if (lang) languages.add(lang);
      const side = sideOf(lang);
      const seg = firstChild(tuv, 'seg');
      if (side && seg && !unit[side]) unit[side] = textOf(seg);
    }
    return unit;
  });
  if (!units.some((u) => u.zh.trim() || u.en.trim())) {
    const found = languages.size > 0 ? `languages found: ${[...languages].join(', ')}` : 'no <tu> with a language';
    throw new ImportError('bitext', `holds no Chinese or English unit (${found})`, name);
  }
  return units;
}

/** The source and target sides of an XLIFF file, refusing a pair that is not Chinese and English. */
function xliffSides(source: string | undefined, target: string | undefined, name: string): { source: Lang; target: Lang } {
  const sides = { source: sideOf(source), target: sideOf(target) };
  if (!sides.source || !sides.target || sides.source === sides.target) {
    throw new ImportError(
      'bitext',
      `translates ${source ?? '(no source language)'} into ${target ?? '(no target language)'}; Chinese and English are needed`,
      name,
    );
  }
  return { source: sides.source, target: sides.target };
}

function unitOf(sides: { source: Lang; target: Lang }, source: string, target: string): Unit {
  const unit: Unit = { zh: '', en: '' };
  unit[sides.source] = source;
  unit[sides.target] = target;
  return unit;
}

function xliff1Units(root: XmlNode, name: string): Unit[] {
  return findAll(childrenOf(root), 'file').flatMap((file) => {
    const sides = xliffSides(attributeOf(file, 'source-language'), attributeOf(file, 'target-language'), name);
    return findAll(childrenOf(file), 'trans-unit').map((unit) => {
      const source = firstChild(unit, 'source');
      const target = firstChild(unit, 'target');
      return unitOf(sides, source ? textOf(source) : '', target ? textOf(target) : '');
    });
  });
}

function xliff2Units(root: XmlNode, name: string): Unit[] {
  const sides = xliffSides(attributeOf(root, 'srcLang'), attributeOf(root, 'trgLang'), name);
  return findAll(childrenOf(root), 'unit').map((unit) => {
    // A unit's segments and the ignorable white space between them, in order, make its paragraph.
    const parts = childrenOf(unit).filter((child) => tagOf(child) === 'segment' || tagOf(child) === 'ignorable');
    const side = (tag: 'source' | 'target') =>
      parts
        .map((part) => {
          const element = firstChild(part, tag) ?? (tagOf(part) === 'ignorable' ? firstChild(part, 'source') : undefined);
          return element ? textOf(element) : '';
        })
        .join('');
    return unitOf(sides, side('source'), side('target'));
  });
}

/** Turns units into paragraphs and beads, dropping units with no text on either side. */
function toBitext(format: Bitext['format'], units: readonly Unit[], name: string): Bitext {
  const result: Bitext = { format, zh: [], en: [], beads: [] };
  for (const unit of units) {
    const bead: Bead = { zh: [], en: [], confidence: 1 };
    for (const side of ['zh', 'en'] as const) {
      const paragraph = normalizeParagraph(unit[side]);
      if (paragraph) bead[side].push(result[side].push(paragraph) - 1);
    }
    if (bead.zh.length > 0 || bead.en.length > 0) result.beads.push(bead);
  }
  if (result.beads.length === 0) throw new ImportError('bitext', 'holds no unit with text', name);
  return result;
}

/**
 * Reads a TMX 1.4 or XLIFF 1.2 / 2.x file. Each unit (`<tu>`, `<trans-unit>`, `<unit>`) becomes one
 * paragraph on each side that has text and one bead: the file's alignment, as given. Inline codes are
 * dropped, formatting elements keep their text.
 */
export function parseBitext(input: ImportInput): Bitext {
  const xml = decodeText(input, 'bitext');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ImportError('bitext', `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, input.name);
  const nodes = parser.parse(xml) as XmlNode[];
  const root = nodes.find((node) => {
    const tag = tagOf(node);
    return tag !== undefined && tag !== TEXT && !tag.startsWith('?') && !tag.startsWith('!');
  });
  const tag = root ? tagOf(root) : undefined;
  if (root && tag === 'tmx') return toBitext('tmx', tmxUnits(root, input.name), input.name);
  if (root && tag === 'xliff') {
    const version = attributeOf(root, 'version') ?? '';
    if (version.startsWith('1.')) return toBitext('xliff-1', xliff1Units(root, input.name), input.name);
    if (version.startsWith('2.')) return toBitext('xliff-2', xliff2Units(root, input.name), input.name);
    throw new ImportError('bitext', `is XLIFF version "${version}"; 1.2 and 2.x are read`, input.name);
  }
  throw new ImportError('bitext', `is neither TMX nor XLIFF (root element <${tag ?? 'none'}>)`, input.name);
}
