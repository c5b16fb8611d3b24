import { getGlossary, parseGlossaryCsv, selectGlossary } from './lib/glossary';
import { discoverVariants } from './lib/terms';
const user = parseGlossaryCsv('zh,recommended,variants\n网络执法,online law enforcement,\n未成年人网络保护,online protection of minors,\n', 'mine.csv', getGlossary());
const g = selectGlossary('both', user);
for (const t of ['网络执法','未成年人网络保护']) { const d = discoverVariants(t, g)!; console.log(t, d.listed.length, d.suggested.map(s=>[s.ngram,s.beadsBoth,s.dice.toFixed(2)]), d.notFound); }
