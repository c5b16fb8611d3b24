import { getAlignedDocuments, getCorpusOccurrences } from './lib/terms';
const a = getAlignedDocuments().find(d => d.doc.meta.slug === 'qiushi-2024-14-self-confidence')!;
for (const [i, t] of [[26, '独立自主'], [33, '中国特色社会主义']] as const) {
  const b = a.beads[i]!; const en = b.en.map(p => a.en[p]).join(' ');
  console.log(i+1, t, getCorpusOccurrences().filter(o => o.slug === a.doc.meta.slug && o.bead === i && o.term === t).map(o => o.rendering));
  console.log(en.match(/.{0,60}(independen|socialism with Chinese characteristics).{0,40}/gi));
}
