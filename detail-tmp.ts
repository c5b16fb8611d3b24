import { parseBitext, readInputFile } from './lib/import';
for (const file of process.argv.slice(2)) {
  try {
    const b = parseBitext(readInputFile(file, 'bitext'));
    console.log(`=== ${file.split('/').pop()} ${b.format} zh ${b.zh.length} en ${b.en.length} beads ${b.beads.length} ids ${b.units.map((u) => u.id).join(' ')}`);
    for (const w of b.warnings) console.log('  W', w);
    console.log('  zh0', b.zh[0]?.slice(0, 60), '| zhL', b.zh.at(-1)?.slice(0, 60));
    console.log('  en0', b.en[0]?.slice(0, 80));
  } catch (e) { console.log(`=== ${file}: ERROR ${(e as Error).message}`); }
}
