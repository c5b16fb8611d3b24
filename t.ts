import { getGlossary, loadUserGlossary, selectGlossary } from './lib/glossary';
import { notesFor } from './lib/terms';
const both = selectGlossary('both', loadUserGlossary('tests/fixtures/glossary/newsroom.csv', getGlossary()));
console.log(JSON.stringify(notesFor('qiushi-2024-14-cyber-law', { glossary: both }).filter((n) => n.term === '网络执法').map((n) => [n.bead + 1, n.kind, n.rendering])));
