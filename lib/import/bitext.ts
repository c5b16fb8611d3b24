import type { Bead } from '../align';
import type { Lang, SourceUnit } from '../corpus';
import { normalizeParagraph } from '../library';
import { chineseScriptOf, toSimplified, type ChineseScript } from '../script';
import { ImportError } from './errors';
import { labelLanguage, textScript, type LabelLanguage, type TextScript } from './languages';
import { decodeText, type ImportInput } from './text';
import { attributeOf, childrenOf, findAll, firstChild, normalizeSpace, parseXml, rawTextOf, tagOf, textOf, type XmlNode } from './xml';

export type BitextFormat = 'tmx' | 'xliff-1' | 'xliff-2';

/** A bilingual file read as a document: each unit is one paragraph per side and one bead. */
export interface Bitext {
  format: BitextFormat;
  zh: string[];
  en: string[];
  /** The units as beads given by the file; a unit with text on one side only is a bead with the other side empty. */
  beads: Bead[];
  /** The file's id of each bead's unit, bead by bead (see SourceUnit). */
  units: SourceUnit[];
  /** What was read otherwise than the file says, or left out: one line each, naming the file and the first unit. */
  warnings: string[];
}

/** One language version of a unit: a TMX `<tuv>`, or an XLIFF unit's source or target. */
interface Variant {
  /** The label as the file gives it, for messages. */
  label: string | undefined;
  language: LabelLanguage;
  text: string;
  /** How messages name this kind of variant: `the variant labelled "en"`, `the target (target-language "en")`. */
  where: string;
}

/** A unit as read from the file, before its languages are checked. */
interface RawUnit {
  /** How messages name it: `tu 3 (tuid "a7")`, `trans-unit "12"`, `unit "u1"`. */
  name: string;
  /** The file's own id (see SourceUnit). */
  id: string;
  variants: Variant[];
}

/** A unit's two sides as the document will hold them. */
interface ReadUnit {
  id: string;
  zh: string;
  en: string;
}

const LANGUAGE_NAME = { zh: 'Chinese', en: 'English' } as const;
const SCRIPT_NAME: Record<TextScript, string> = { zh: 'Chinese', latin: 'English', other: 'other', undetermined: 'undetermined' };

const unitsCount = (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`;
const quoted = (label: string | undefined) => (label === undefined ? 'no label' : `"${label}"`);

/** Warnings of one kind are counted and name the first unit, so a file of a thousand units gives one line each. */
class Warnings {
  private readonly kinds = new Map<string, { count: number; first: string; message: (count: number, first: string) => string }>();
  private readonly lines: string[] = [];

  /** A problem of `kind` in unit `unit`; `message` words the line once all are counted. */
  unit(kind: string, unit: string, message: (count: number, first: string) => string): void {
    const known = this.kinds.get(kind);
    if (known) known.count += 1;
    else this.kinds.set(kind, { count: 1, first: unit, message });
  }

  file(line: string): void {
    this.lines.push(line);
  }

  list(name: string): string[] {
    const counted = [...this.kinds.values()].map(({ count, first, message }) => message(count, count === 1 ? first : `first: ${first}`));
    return [...this.lines, ...counted].map((line) => `${name}: ${line}`);
  }
}

const CHINESE_SCRIPT_ORDER: Record<ChineseScript, number> = { hans: 0, either: 1, mixed: 2, hant: 3 };

/**
 * The Chinese of a unit: of several variants, the one written (by its characters) and labelled most
 * Simplified — zh-CN, zh-Hans, zh-SG before zh-TW, zh-HK, zh-Hant; Traditional text is converted with
 * OpenCC; a label that contradicts the characters is read by them, with a warning.
 */
function chineseOf(unit: RawUnit, variants: readonly Variant[], warnings: Warnings): string {
  const scripts = new Map<Variant, ChineseScript>(variants.map((v) => [v, chineseScriptOf(v.text)]));
  const order = (v: Variant) => CHINESE_SCRIPT_ORDER[scripts.get(v) ?? 'either'];
  const [chosen] = [...variants].sort((a, b) => order(a) - order(b) || a.language.rank - b.language.rank);
  if (!chosen) return '';
  const script = scripts.get(chosen) ?? 'either';
  const { simplified, standard } = chosen.language;
  if (script === 'hans' && simplified === false) {
    warnings.unit(
      `simplified-labelled-traditional ${chosen.label}`,
      unit.name,
      (n, first) =>
        `Chinese labelled ${quoted(chosen.label)} is written in Simplified characters in ${unitsCount(n)} (${first}): read as Simplified`,
    );
  }
  if (script === 'hant' || (script === 'mixed' && simplified === false)) {
    const converted = toSimplified(chosen.text, standard ?? 't');
    if (simplified === false) {
      warnings.unit(
        `traditional-only ${chosen.label}`,
        unit.name,
        (n, first) =>
          `${unitsCount(n)} ${n === 1 ? 'has' : 'have'} Chinese only in Traditional characters (${quoted(chosen.label)}; ${first}): converted to Simplified with OpenCC`,
      );
    } else {
      warnings.unit(
        `traditional-labelled-simplified ${chosen.label}`,
        unit.name,
        (n, first) =>
          `Chinese labelled ${quoted(chosen.label)} is written in Traditional characters in ${unitsCount(n)} (${first}): converted to Simplified with OpenCC`,
      );
    }
    return converted;
  }
  return chosen.text;
}

/**
 * Which side each variant of a unit is, checked against its text: a variant labelled English (or not
 * labelled) whose text is Chinese makes the whole unit be read by its script, with a warning; when even
 * that gives no English beside a different Chinese, the unit is refused. English whose text repeats the
 * Chinese (a target prefilled with its source) is read as untranslated.
 */
function readUnit(unit: RawUnit, warnings: Warnings, fileName: string): ReadUnit | undefined {
  const variants = unit.variants.filter((v) => v.text !== '' && v.language.side !== 'other');
  const scripts = new Map(variants.map((v) => [v, textScript(v.text)]));
  const chineseTexts = new Set(variants.filter((v) => v.language.side === 'zh').map((v) => v.text));
  const copies = variants.filter((v) => v.language.side !== 'zh' && scripts.get(v) === 'zh' && chineseTexts.has(v.text));
  if (copies.length > 0) {
    warnings.unit('copy', unit.name, (n, first) => `the English of ${unitsCount(n)} repeats the Chinese (${first}): read as untranslated`);
  }
  const kept = variants.filter((v) => !copies.includes(v));
  const contradicted = kept.filter((v) => v.language.side !== 'zh' && scripts.get(v) === 'zh');
  const sideOf = (v: Variant): Lang | undefined => {
    if (contradicted.length === 0 && v.language.side !== undefined) return v.language.side as Lang;
    const script = scripts.get(v);
    if (script === 'zh') return 'zh';
    if (script === 'latin') return 'en';
    return v.language.side as Lang | undefined;
  };
  for (const v of kept) {
    const side = sideOf(v);
    if (side === undefined || side === v.language.side) continue;
    const script = SCRIPT_NAME[scripts.get(v) ?? 'undetermined'];
    warnings.unit(
      `relabel ${v.where}`,
      unit.name,
      (n, first) => `${v.where} holds ${script} text in ${unitsCount(n)} (${first}): read as ${LANGUAGE_NAME[side]} by its script`,
    );
  }
  const zh = kept.filter((v) => sideOf(v) === 'zh');
  const en = kept.filter((v) => sideOf(v) === 'en');
  const [wrong] = contradicted;
  if (wrong && en.length === 0 && new Set(zh.map((v) => v.text)).size > 1) {
    throw new ImportError(
      'bitext',
      `${unit.name}: ${wrong.where} holds Chinese text, another variant holds other Chinese, and none holds English`,
      fileName,
    );
  }
  const result = { id: unit.id, zh: chineseOf(unit, zh, warnings), en: en[0]?.text ?? '' };
  return result.zh || result.en ? result : undefined;
}

/** The languages a file's variants are labelled with, for messages. */
const labelsOf = (units: readonly RawUnit[]) => [...new Set(units.flatMap((u) => u.variants.map((v) => v.label ?? '(none)')))].join(', ');

function toBitext(format: BitextFormat, raw: readonly RawUnit[], warnings: Warnings, name: string): Bitext {
  const read = raw.flatMap((unit) => readUnit(unit, warnings, name) ?? []);
  const hasOther = raw.some((u) => u.variants.some((v) => v.language.side === 'other' && v.text !== ''));
  const result: Bitext = { format, zh: [], en: [], beads: [], units: [], warnings: [] };
  for (const unit of read) {
    const bead: Bead = { zh: [], en: [], confidence: 1, origin: 'file' };
    for (const side of ['zh', 'en'] as const) {
      const paragraph = normalizeParagraph(unit[side]);
      if (paragraph) bead[side].push(result[side].push(paragraph) - 1);
    }
    if (bead.zh.length === 0 && bead.en.length === 0) continue;
    result.beads.push(bead);
    result.units.push({ zh: bead.zh, en: bead.en, id: unit.id });
  }
  if (!raw.some((u) => u.variants.some((v) => v.text !== ''))) throw new ImportError('bitext', 'holds no unit with text', name);
  if (result.zh.length === 0 && result.en.length === 0) {
    throw new ImportError('bitext', `holds no Chinese or English text (languages found: ${labelsOf(raw)})`, name);
  }
  if (result.zh.length === 0 && hasOther)
    throw new ImportError('bitext', `neither side is Chinese (languages found: ${labelsOf(raw)})`, name);
  if (result.zh.length === 0) warnings.file('holds no Chinese text: imported as an English-only document');
  if (result.en.length === 0) warnings.file('holds no English text: imported as a Chinese-only document');
  result.warnings = warnings.list(name);
  return result;
}

/** OmegaT writes its own short tags (`<b0>`, `</b0>`, `<x1/>`) into the text of its project memory. */
const OMEGAT_TAG = /<\/?[a-zA-Z]{1,3}\d+\/?>/gu;

function tmxUnits(root: XmlNode): RawUnit[] {
  const header = firstChild(root, 'header');
  const stripTags = header && attributeOf(header, 'creationtool') === 'OmegaT' ? OMEGAT_TAG : undefined;
  const body = firstChild(root, 'body');
  return findAll(body ? [body] : [], 'tu').map((tu, k) => {
    const tuid = attributeOf(tu, 'tuid');
    return {
      name: `tu ${k + 1}${tuid === undefined ? '' : ` (tuid "${tuid}")`}`,
      id: tuid ?? `#${k + 1}`,
      variants: findAll(childrenOf(tu), 'tuv').map((tuv) => {
        const label = attributeOf(tuv, 'xml:lang') ?? attributeOf(tuv, 'lang');
        const seg = firstChild(tuv, 'seg');
        return {
          label,
          language: labelLanguage(label),
          text: seg ? textOf(seg, stripTags) : '',
          where: `the variant labelled ${quoted(label)}`,
        };
      }),
    };
  });
}

/** A unit of an XLIFF file: its source and target texts, before the file's languages are settled. */
interface XliffUnit {
  name: string;
  id: string;
  source: string;
  target: string;
}

type Role = 'source' | 'target';
const ROLE_ATTRIBUTE = {
  'xliff-1': { source: 'source-language', target: 'target-language' },
  'xliff-2': { source: 'srcLang', target: 'trgLang' },
};

/**
 * The language of one side of an XLIFF file, as labelled or, where the label is missing or contradicts the
 * text of all its units (po2xliff writes source-language="en-US" whatever the PO holds), as the text reads.
 */
function xliffSide(
  format: 'xliff-1' | 'xliff-2',
  role: Role,
  label: string | undefined,
  units: readonly XliffUnit[],
  warnings: Warnings,
): LabelLanguage {
  const language = labelLanguage(label);
  const text = units.map((u) => u[role]).join('\n');
  const script = textScript(text);
  const plural = `${role}s`;
  const attribute = ROLE_ATTRIBUTE[format][role];
  if (text === '') return language;
  if (language.side === undefined && (script === 'zh' || script === 'latin')) {
    const side = script === 'zh' ? 'zh' : 'en';
    warnings.file(`names no ${attribute}: the ${plural} are read as ${LANGUAGE_NAME[side]} by their script`);
    return labelLanguage(side);
  }
  if ((language.side === 'en' && script === 'zh') || (language.side === 'zh' && script === 'latin')) {
    const side = script === 'zh' ? 'zh' : 'en';
    warnings.file(
      `${attribute} ${quoted(label)} does not match the ${plural}, which are ${LANGUAGE_NAME[side]}: read as ${LANGUAGE_NAME[side]}`,
    );
    return labelLanguage(side);
  }
  return language;
}

function xliffVariants(
  format: 'xliff-1' | 'xliff-2',
  labels: Record<Role, string | undefined>,
  units: readonly XliffUnit[],
  warnings: Warnings,
): RawUnit[] {
  const languages = {
    source: xliffSide(format, 'source', labels.source, units, warnings),
    target: xliffSide(format, 'target', labels.target, units, warnings),
  };
  const where = (role: Role) =>
    `the ${role} (${labels[role] === undefined ? `no ${ROLE_ATTRIBUTE[format][role]}` : `${ROLE_ATTRIBUTE[format][role]} "${labels[role]}"`})`;
  return units.map((unit) => ({
    name: unit.name,
    id: unit.id,
    variants: (['source', 'target'] as const).map((role) => ({
      label: labels[role],
      language: languages[role],
      text: unit[role],
      where: where(role),
    })),
  }));
}

/** gettext's header entry, which po2xliff writes as the first unit. */
const HEADER_RESTYPE = 'x-gettext-domain-header';

/** Units not to read: marked translate="no" (or inside a group or file so marked), or a header. */
const untranslatable = (node: XmlNode) => attributeOf(node, 'translate') === 'no' || attributeOf(node, 'restype') === HEADER_RESTYPE;

/** The unit elements named `tag` under `nodes`, in order, leaving out those that are not to be translated. */
function translatableUnits(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((node) => {
    if (untranslatable(node)) return [];
    return tagOf(node) === tag ? [node] : translatableUnits(childrenOf(node), tag);
  });
}

/** A unit's id; with several `<file>` elements, whose ids are unique only within one, the file's name goes first. */
function unitId(id: string | undefined, position: number, file: XmlNode, files: readonly XmlNode[]): string {
  const own = id ?? `#${position}`;
  if (files.length <= 1) return own;
  return `${attributeOf(file, 'original') ?? attributeOf(file, 'id') ?? `file ${files.indexOf(file) + 1}`}#${own}`;
}

function xliff1Units(root: XmlNode, warnings: Warnings): RawUnit[] {
  const files = findAll(childrenOf(root), 'file');
  return files.flatMap((file) => {
    const body = firstChild(file, 'body');
    const units = translatableUnits(body ? [body] : [], 'trans-unit').map((unit, k): XliffUnit => {
      const id = attributeOf(unit, 'id');
      const source = firstChild(unit, 'source');
      const target = firstChild(unit, 'target');
      return {
        name: id === undefined ? `trans-unit ${k + 1}` : `trans-unit "${id}"`,
        id: unitId(id, k + 1, file, files),
        source: source ? textOf(source) : '',
        target: target ? textOf(target) : '',
      };
    });
    return xliffVariants(
      'xliff-1',
      { source: attributeOf(file, 'source-language'), target: attributeOf(file, 'target-language') },
      units,
      warnings,
    );
  });
}

function xliff2Units(root: XmlNode, warnings: Warnings): RawUnit[] {
  const files = untranslatable(root) ? [] : findAll(childrenOf(root), 'file');
  const units = files.flatMap((file) =>
    translatableUnits([file], 'unit').map((unit, k): XliffUnit => {
      const id = attributeOf(unit, 'id');
      // A unit's segments and the ignorable white space between them, in order, make its paragraph.
      const parts = childrenOf(unit).filter((child) => tagOf(child) === 'segment' || tagOf(child) === 'ignorable');
      const side = (tag: Role) =>
        normalizeSpace(
          parts
            .map((part) => {
              const element = firstChild(part, tag) ?? (tagOf(part) === 'ignorable' ? firstChild(part, 'source') : undefined);
              return element ? rawTextOf(element) : '';
            })
            .join(''),
        );
      return {
        name: id === undefined ? `unit ${k + 1}` : `unit "${id}"`,
        id: unitId(id, k + 1, file, files),
        source: side('source'),
        target: side('target'),
      };
    }),
  );
  return xliffVariants('xliff-2', { source: attributeOf(root, 'srcLang'), target: attributeOf(root, 'trgLang') }, units, warnings);
}

/**
 * Reads a TMX (1.1 to 1.4) or XLIFF (1.1, 1.2, 2.x) file as tools write them. Each translatable unit
 * (`<tu>`, `<trans-unit>`, `<unit>`) becomes one paragraph on each side that has text and one bead: the
 * file's alignment, as given, with the file's unit ids. Headers, notes, properties and units not to
 * translate are left out; inline codes are dropped and formatting keeps its text. Languages are checked
 * against the text (see readUnit and xliffSide); what is read otherwise than labelled is in `warnings`.
 */
export function parseBitext(input: ImportInput): Bitext {
  const root = parseXml(decodeText(input, 'bitext'), input.name);
  const tag = root ? tagOf(root) : undefined;
  const warnings = new Warnings();
  if (root && tag === 'tmx') return toBitext('tmx', tmxUnits(root), warnings, input.name);
  if (root && tag === 'xliff') {
    const version = attributeOf(root, 'version') ?? '';
    if (version.startsWith('1.')) return toBitext('xliff-1', xliff1Units(root, warnings), warnings, input.name);
    if (version.startsWith('2.')) return toBitext('xliff-2', xliff2Units(root, warnings), warnings, input.name);
    throw new ImportError('bitext', `is XLIFF version "${version}"; 1.1, 1.2 and 2.x are read`, input.name);
  }
  throw new ImportError('bitext', `is neither TMX nor XLIFF (root element <${tag ?? 'none'}>)`, input.name);
}
