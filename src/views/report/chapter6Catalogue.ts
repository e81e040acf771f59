import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { MeasuredTable } from '../../core/model/measuredTable.ts';
import type { MeasuredCell } from '../../core/model/statistic.ts';
import {
  SUPPLIED_MEASURES,
  type SuppliedCountRow,
  type SuppliedFact,
  type SuppliedMeasure,
  type SuppliedTables,
} from '../../io/readSuppliedTables.ts';
import type { ReportFact } from './reportFacts.ts';
import type { Axis } from './reportTable.ts';
import type { ReportTableSpec } from './reportTableFrom.ts';

const MEASURE_DA: Readonly<Record<SuppliedMeasure, string>> = {
  sigtelser: 'Antal sigtelser',
  tiltaler: 'Antal tiltaler',
  afgoerelser: 'Antal fældende afgørelser',
};

/** The facts chapter 6's bundled text quotes (`{{sub.omraader}}` …): each is filled from `facts.csv`, or says it was not supplied. */
export const CHAPTER6_FACT_KEYS = [
  'sub.omraader',
  'sub.omraader.forrige',
  'sub.tryghed.pct',
  'sub.tryghed.resten.pct',
  'straf.zoner',
  'naerpoliti.enheder',
  'naerpoliti.lokalbetjente',
  'naerpoliti.sub',
] as const;

const POLSAS_NOTE =
  'Opgørelserne er baseret på tal fra POLSAS. Opgørelserne er derfor behæftet med en vis usikkerhed, da POLSAS er ' +
  'et journaliserings- og sagsstyringssystem og ikke et egentligt statistiksystem. Opgørelsen er baseret på ' +
  'dynamiske data og er derfor ikke endelig.';
const SUPPLIED_NOTE =
  'Tabellen er leveret af den myndighed, der står som kilde, og gengives som leveret efter diskretionering.';

const rowKey = (r: SuppliedCountRow): string =>
  r.measure === null ? r.offenceCode : `${r.measure}.${r.offenceCode}`;
const yearsOf = (rows: readonly SuppliedCountRow[]): number[] =>
  [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

/** The rows of a supplied table in file order (6.2 by measure: charges, indictments, convictions), once each. */
function rowAxes(rows: readonly SuppliedCountRow[]): Axis[] {
  const order = (r: SuppliedCountRow): number =>
    r.measure === null ? 0 : SUPPLIED_MEASURES.indexOf(r.measure);
  const seen = new Map<string, Axis & { order: number; line: number }>();
  for (const r of rows) {
    const key = rowKey(r);
    if (seen.has(key)) continue;
    const what = `${r.paragraph} ${r.offenceCode} ${r.offenceText}`;
    seen.set(key, {
      key,
      labelDa: r.measure === null ? what : `${MEASURE_DA[r.measure]}: ${what}`,
      order: order(r),
      line: r.line,
    });
  }
  return [...seen.values()]
    .sort((a, b) => a.order - b.order || a.line - b.line)
    .map(({ key, labelDa }) => ({ key, labelDa }));
}

/** Table 6.1 or 6.2 as measured counts (rows × years); a year a row lacks is missing, never 0. */
export function suppliedMeasuredTable(
  id: string,
  file: string,
  rows: readonly SuppliedCountRow[],
): MeasuredTable {
  const byKey = new Map(rows.map((r) => [`${rowKey(r)}\u0000${r.year}`, r]));
  const cells: MeasuredCell[] = rowAxes(rows).flatMap((row) =>
    yearsOf(rows).map((year): MeasuredCell => {
      const r = byKey.get(`${row.key}\u0000${year}`);
      return {
        row: row.key,
        column: String(year),
        unit: 'count',
        statistic:
          r === undefined
            ? { kind: 'missing', why: `${file} har ingen række for ${row.labelDa} i ${year}` }
            : { kind: 'count', count: r.count },
      };
    }),
  );
  return { id, cells, relations: [] };
}

/** `§ 156 og § 157` from the paragraphs in file order. */
function paragraphsDa(rows: readonly SuppliedCountRow[]): string {
  const ps = [...new Set(rows.map((r) => r.paragraph))];
  return ps.length <= 1 ? ps.join('') : `${ps.slice(0, -1).join(', ')} og ${ps.at(-1) ?? ''}`;
}

const sourceDa = (rows: readonly SuppliedCountRow[]): string => {
  const s = [...new Set(rows.map((r) => r.source))].join('; ');
  return /[.!?)]$/.test(s) ? s : `${s}.`;
};

/** The measured tables and specs of chapter 6, for the supplied files present. */
export function chapter6Catalogue(supplied: SuppliedTables | null): {
  measured: MeasuredTable[];
  specs: ReportTableSpec[];
} {
  const measured: MeasuredTable[] = [];
  const specs: ReportTableSpec[] = [];
  const add = (
    id: string,
    file: string,
    rows: readonly SuppliedCountRow[] | null,
    titleDa: (r: readonly SuppliedCountRow[]) => string,
  ): void => {
    if (rows === null || rows.length === 0) return;
    const years = yearsOf(rows);
    measured.push(suppliedMeasuredTable(id, file, rows));
    specs.push({
      id,
      titleDa: `${titleDa(rows)} i ${years[0]}-${years.at(-1)}`,
      rows: rowAxes(rows),
      columns: years.map((y) => ({ key: String(y), labelDa: String(y) })),
      unit: 'count',
      notesDa: [POLSAS_NOTE, SUPPLIED_NOTE],
      sourceDa: sourceDa(rows),
    });
  };
  add(
    'tabel-6.1',
    'tabel-6.1.csv',
    supplied?.table61 ?? null,
    (r) => `Antal fældende afgørelser vedrørende overtrædelse af straffelovens ${paragraphsDa(r)}`,
  );
  add(
    'tabel-6.2',
    'tabel-6.2.csv',
    supplied?.table62 ?? null,
    (r) =>
      `Antal sigtelser, tiltaler og fældende afgørelser for overtrædelse af straffelovens ${paragraphsDa(r)}`,
  );
  return { measured, specs };
}

/** A supplied fact as the text quotes it: a number in Danish (`1.698`, `70 pct.`), any other value as written. */
export function suppliedFactTextDa(f: SuppliedFact): string {
  const m = /^-?\d+(?:\.(\d+))?$/.exec(f.value.trim());
  if (m === null) return f.value;
  const n = formatNumberDa(Number(f.value), m[1]?.length ?? 0);
  if (f.unit === 'pct') return `${n} pct.`;
  if (f.unit === 'dkk') return `${n} kr.`;
  return n;
}

/**
 * Chapter 6's facts: every row of `facts.csv` as `{{key}}`, and each key the bundled text quotes that the file
 * does not give as "ikke leveret" with why — never a number that was not supplied.
 */
export function chapter6FactsFrom(supplied: SuppliedTables | null): ReportFact[] {
  const facts: ReportFact[] = (supplied?.facts ?? []).map((f) => ({
    key: f.key,
    textDa: suppliedFactTextDa(f),
    about: `supplied fact (facts.csv line ${f.line}, source ${f.source})`,
  }));
  const given = new Set(facts.map((f) => f.key));
  const why =
    supplied === null
      ? 'der er ikke leveret tabeller (--supplied)'
      : supplied.facts === null
        ? 'facts.csv er ikke leveret'
        : null;
  for (const key of CHAPTER6_FACT_KEYS) {
    if (given.has(key)) continue;
    facts.push({
      key,
      textDa: `[ikke leveret: ${why ?? `facts.csv har ikke nøglen ${key}`}]`,
      about: `supplied fact ${key}, not supplied`,
    });
  }
  return facts;
}
