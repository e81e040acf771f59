/**
 * The synthetic people tables (contract §A3) next to the seed's chapters 4–5 (docs/synthetic-denmark.md,
 * "People"): employment, families, schools, exams, day care, language tests and absence, measured on a delivery.
 *
 *   npx tsx bench/peopleRealism.ts DELIVERY_DIR [--json]
 */
import { measurePeople } from '../src/synth/measurePeople.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (dir === undefined) {
  console.error('usage: npx tsx bench/peopleRealism.ts DELIVERY_DIR [--json]');
  process.exit(2);
}
const measures = await measurePeople(dir);
if (args.includes('--json')) console.log(JSON.stringify(measures, null, 2));
else {
  let section = '';
  for (const m of measures) {
    if (m.section !== section) {
      section = m.section;
      console.log(`\n${section}`);
    }
    console.log(`  ${m.label.padEnd(44)} ${m.value.toLocaleString('da-DK', { maximumFractionDigits: 2 })}`);
  }
}
