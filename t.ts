import { notesFor, getAlignedDocuments } from './lib/terms';
import { englishWords, normalizeRendering } from './lib/terms/english';
import { getGlossary } from './lib/glossary';
const STOP = new Set('of in on for and the to with by as at from'.split(' '));
const by = new Map(getGlossary().map(e=>[e.term,e]));
for (const { doc, en, beads } of getAlignedDocuments()) {
  for (const n of notesFor(doc.meta.slug).filter(n => n.kind === 'not-found')) {
    const e = by.get(n.term)!;
    const words = new Set(beads[n.bead]!.en.flatMap(p => englishWords(en[p] ?? '').map(w=>w.norm)));
    const hit = [e.recommended, ...e.variants].find(r => normalizeRendering(r).split(' ').filter(w=>!STOP.has(w)).every(w => words.has(w)));
    console.log(doc.meta.slug.slice(-12), n.bead+1, n.term, '->', hit ?? '-');
  }
}
