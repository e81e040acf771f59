/**
 * The synthetic housing tables (data contract §A2) measured against the seed report's sections 2.4–2.6
 * (docs/synthetic-denmark.md, "Housing stock, letting and development plans"), with the contract rules checked.
 *
 *   npx tsx bench/housingStock.ts DELIVERY_DIR [--json]
 */
import { formatHousing, measureHousing } from '../src/synth/measureHousing.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (dir === undefined) {
  console.error('usage: npx tsx bench/housingStock.ts DELIVERY_DIR [--json]');
  process.exit(2);
}
const m = await measureHousing(dir);
console.log(args.includes('--json') ? JSON.stringify(m, null, 2) : formatHousing(m));
