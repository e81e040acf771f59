import type { Assumptions } from '../../core/assumptions.ts';
import { daycareBand, daycareHighBand, pctOf } from '../../core/duties/dutyDecisions.ts';
import { daycareKinds, daycareResidenceYear, type DutyOptions } from '../../core/duties/dutyOptions.ts';
import { unknownWhyOf, type UdsatLists } from '../../core/duties/udsatLists.ts';
import type { MeasuredTable, Relation } from '../../core/model/measuredTable.ts';
import type { MeasuredCell, Statistic, Unit } from '../../core/model/statistic.ts';
import type { Db } from '../db.ts';
import { query } from '../sql.ts';
import {
  daycareSharesQuery,
  oneYearOldsQuery,
  type DaycareShareRow,
  type OneYearOldsRow,
} from '../duties/daycareQueries.ts';
import { dutySetupQueries, residenceYearsQuery, yearsOfQuery } from '../duties/dutySetupQueries.ts';
import {
  absenceCountsQuery,
  languageTestAttemptsQuery,
  languageTestPupilsQuery,
  type AbsenceCountsRow,
  type LanguageTestAttemptsRow,
  type LanguageTestPupilsRow,
} from '../duties/schoolQueries.ts';
import { workspaceTables } from './workspaceTables.ts';

/** The year windows of chapter 5 for list year Y (the seed, Y = 2024: day care 2021–2023, tests 2019/20–2023/24). */
export function chapter5Windows(listYear: number) {
  const y = listYear;
  return {
    /** Tables 5.1–5.2: the 30 September counts (each under the list of 1 December the year before). */
    daycareYears: [y - 3, y - 2, y - 1],
    /** Table 5.3: count years; the areas on the udsatte list in every one of these years. */
    oneYearOldYears: [y - 6, y - 5, y - 4, y - 3, y - 2, y - 1],
    /** Table 5.4: school years (spring year). */
    absenceYears: [y - 5, y - 4, y - 3, y - 2, y - 1, y],
    /** Tables 5.5 and 5.7: school years (spring year). */
    languageTestYears: [y - 4, y - 3, y - 2, y - 1, y],
    /** Tables 5.6 and 5.8: the school year of the list year. */
    attemptsYear: y,
  };
}

/** The udsatte list years chapter 5 reads for list year Y. */
export function chapter5ListYears(listYear: number): number[] {
  const w = chapter5Windows(listYear);
  return [...new Set([...w.daycareYears.map((t) => t - 1), ...w.oneYearOldYears])].sort((a, b) => a - b);
}

export interface Chapter5Input {
  readonly listYear: number;
  readonly lists: UdsatLists;
  readonly options: DutyOptions;
  readonly assumptions: Assumptions;
}

export interface Chapter5Result {
  readonly tables: MeasuredTable[];
  /** Municipalities in table 5.1–5.2's scope (udsatte areas in all three years); null when not known. */
  readonly daycareMunicipalities: readonly string[] | null;
  /** Areas on the udsatte list in every year of table 5.3's window; null when not known. */
  readonly longListedAreas: readonly string[] | null;
}

const count = (row: string, column: string, n: number): MeasuredCell => ({
  row,
  column,
  unit: 'count',
  statistic: { kind: 'count', count: n },
});
const share = (row: string, column: string, numerator: number, denominator: number): MeasuredCell => ({
  row,
  column,
  unit: 'pct',
  statistic: { kind: 'share', numerator, denominator, numeratorPersons: numerator },
});
const missing = (row: string, column: string, unit: Unit, why: string): MeasuredCell => ({
  row,
  column,
  unit,
  statistic: { kind: 'missing', why } satisfies Statistic,
});
const sumRelation = (
  table: string,
  total: [string, string],
  parts: readonly [string, string][],
): Relation => ({
  total: { table, row: total[0], column: total[1] },
  parts: parts.map(([row, column]) => ({ cell: { table, row, column }, coefficient: 1 })),
});

const DAYCARE_ROWS = ['under10', 'from10to30', 'atLeast30', 'dispensation', 'total'] as const;
const HIGH_BANDS = ['from30to50', 'from50to70', 'from70to90', 'from90to100'] as const;
const LANGUAGE_COLUMNS = [
  ['attempts', 'count'],
  ['pupils', 'count'],
  ['ready', 'count'],
  ['readyPct', 'pct'],
  ['movedUp', 'count'],
  ['movedUpPct', 'pct'],
  ['repeated', 'count'],
  ['repeatedPct', 'pct'],
  ['unplaced', 'count'],
] as const;
const ATTEMPTS = [1, 2, 3, 4] as const;
const QUARTERS = [
  { key: 'q3', labelDa: '3. kvartal' },
  { key: 'q4', labelDa: '4. kvartal' },
  { key: 'q1', labelDa: '1. kvartal' },
  { key: 'q2', labelDa: '2. kvartal' },
] as const;
const BANDS_1_9 = ['1-3', '4-6', '7-9'] as const;

/**
 * Chapter 5's measured tables (domain §11): `tabel-5.1`–`5.3` (day care, from the udsatte lists), `tabel-5.4`
 * (unlawful absence), `tabel-5.5`–`5.8` (language tests). Every cell is a count or a share with its numerator
 * and denominator, for disclosure control; a cell whose table, year or list is missing is missing with why.
 * Person ids stay in the workspace.
 */
export async function chapter5Analyses(db: Db, input: Chapter5Input): Promise<Chapter5Result> {
  const y = input.listYear;
  const w = chapter5Windows(y);
  const present = new Set(await workspaceTables(db));
  const residenceYears = [
    ...new Set([
      ...w.daycareYears.map((t) => daycareResidenceYear(input.options, t)),
      ...w.oneYearOldYears.map((t) => daycareResidenceYear(input.options, t)),
    ]),
  ];
  const snapshots = new Set(
    (await db.all<{ year: number }>(residenceYearsQuery(residenceYears))).map((r) => r.year),
  );
  for (const q of dutySetupQueries(
    input.lists,
    [...snapshots],
    input.assumptions,
    present.has('dwelling_events'),
  ))
    await db.run(q);
  const yearsOf = async (table: 'daycare' | 'absence' | 'language_tests' | 'school_enrolment') =>
    present.has(table)
      ? new Set((await db.all<{ year: number }>(yearsOfQuery(table))).map((r) => r.year))
      : new Set<number>();
  const snapshotWhy = (t: number): string | null => {
    const r = daycareResidenceYear(input.options, t);
    return snapshots.has(r) ? null : `leveringen har ikke bopælsdata (1. januar) for ${r}`;
  };

  const daycare = await daycareTables(
    db,
    input,
    w.daycareYears,
    present,
    await yearsOf('daycare'),
    snapshotWhy,
  );
  const oneYear = await oneYearOldsTable(
    db,
    input,
    w.oneYearOldYears,
    present,
    await yearsOf('daycare'),
    snapshotWhy,
  );
  const absence = await absenceTable(db, w.absenceYears, present, await yearsOf('absence'));
  const language = await languageTables(
    db,
    w.languageTestYears,
    w.attemptsYear,
    present,
    await yearsOf('language_tests'),
    await yearsOf('school_enrolment'),
  );
  return {
    tables: [...daycare.tables, oneYear.table, absence, ...language],
    daycareMunicipalities: daycare.municipalities,
    longListedAreas: oneYear.areas,
  };
}

async function daycareTables(
  db: Db,
  input: Chapter5Input,
  years: readonly number[],
  present: ReadonlySet<string>,
  dataYears: ReadonlySet<number>,
  snapshotWhy: (t: number) => string | null,
): Promise<{ tables: MeasuredTable[]; municipalities: string[] | null }> {
  const absent = ['daycare_institutions', 'daycare'].filter((t) => !present.has(t));
  const listsWhy = unknownWhyOf(
    input.lists,
    years.map((t) => t - 1),
  );
  let municipalities: string[] | null = null;
  const whyOf = (t: number): string | null => {
    if (absent.length > 0) return `leveringen har ikke ${absent.join(' og ')}`;
    if (listsWhy !== null) return listsWhy;
    if (!dataYears.has(t)) return `daycare har ingen børn pr. 30. september ${t}`;
    return snapshotWhy(t);
  };
  let rows: DaycareShareRow[] = [];
  if (absent.length === 0 && listsWhy === null) {
    municipalities = await db
      .all<{ municipality_code: string }>(municipalitiesOnEveryList(years.map((t) => t - 1)))
      .then((r) => r.map((x) => x.municipality_code));
    rows = await db.all<DaycareShareRow>(
      daycareSharesQuery(
        years.map((t) => ({
          countYear: t,
          listYear: t - 1,
          residenceYear: daycareResidenceYear(input.options, t),
        })),
        daycareKinds(input.options),
      ),
    );
  }
  const scope = new Set(municipalities ?? []);
  const t51: MeasuredCell[] = [];
  const t52: MeasuredCell[] = [];
  const relations51: Relation[] = [];
  const relations52: Relation[] = [];
  for (const t of years) {
    const col = String(t);
    const why = whyOf(t);
    if (why !== null) {
      for (const r of DAYCARE_ROWS) t51.push(missing(r, col, 'count', why));
      for (const b of [...HIGH_BANDS, 'total']) t52.push(missing(col, b, 'count', why));
      continue;
    }
    const counts = new Map<string, number>([...DAYCARE_ROWS, ...HIGH_BANDS].map((k) => [k, 0]));
    const bump = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const r of rows) {
      if (r.count_year !== t || !scope.has(r.municipality_code)) continue;
      const pct = pctOf(r.from_udsat, r.enrolled);
      if (pct === null) continue;
      bump(daycareBand(pct));
      bump('total');
      const high = daycareHighBand(pct);
      if (high !== null) {
        bump(high);
        if (r.dispensation_until !== null && r.dispensation_until >= t) bump('dispensation');
      }
    }
    for (const r of DAYCARE_ROWS) t51.push(count(r, col, counts.get(r) ?? 0));
    for (const b of HIGH_BANDS) t52.push(count(col, b, counts.get(b) ?? 0));
    t52.push(count(col, 'total', counts.get('atLeast30') ?? 0));
    relations51.push(
      sumRelation(
        'tabel-5.1',
        ['total', col],
        [
          ['under10', col],
          ['from10to30', col],
          ['atLeast30', col],
        ],
      ),
    );
    relations52.push(
      sumRelation(
        'tabel-5.2',
        [col, 'total'],
        HIGH_BANDS.map((b) => [col, b]),
      ),
      // The two tables share a total: 5.2's row total is 5.1's "at least 30 %" of the same year.
      {
        total: { table: 'tabel-5.2', row: col, column: 'total' },
        parts: [{ cell: { table: 'tabel-5.1', row: 'atLeast30', column: col }, coefficient: 1 }],
      },
    );
  }
  return {
    tables: [
      { id: 'tabel-5.1', cells: t51, relations: relations51 },
      { id: 'tabel-5.2', cells: t52, relations: relations52 },
    ],
    municipalities,
  };
}

/** The municipalities with at least one area on each of the given udsatte lists. */
function municipalitiesOnEveryList(listYears: readonly number[]) {
  return query(
    `
    SELECT a.municipality_code
    FROM duty_udsat_lists AS l
    JOIN areas AS a ON a.area_id = l.area_id
    WHERE list_contains($list_years, l.list_year)
    GROUP BY a.municipality_code
    HAVING count(DISTINCT l.list_year) = $n
    ORDER BY a.municipality_code
    `,
    { list_years: [...listYears], n: listYears.length },
  );
}

async function oneYearOldsTable(
  db: Db,
  input: Chapter5Input,
  years: readonly number[],
  present: ReadonlySet<string>,
  dataYears: ReadonlySet<number>,
  snapshotWhy: (t: number) => string | null,
): Promise<{ table: MeasuredTable; areas: string[] | null }> {
  const listsWhy = unknownWhyOf(input.lists, years);
  let areas: string[] | null = null;
  if (listsWhy === null) {
    const sets = years.map((t) => {
      const l = input.lists.get(t);
      return new Set(l?.kind === 'known' ? l.areas : []);
    });
    areas = [...(sets[0] ?? [])].filter((a) => sets.every((s) => s.has(a))).sort();
  }
  const whyOf = (t: number): string | null => {
    if (!present.has('daycare')) return 'leveringen har ikke daycare';
    if (listsWhy !== null) return listsWhy;
    if (!dataYears.has(t)) return `daycare har ingen børn pr. 30. september ${t}`;
    return snapshotWhy(t);
  };
  const known = years.filter((t) => whyOf(t) === null);
  const rows =
    known.length === 0 || areas === null
      ? []
      : await db.all<OneYearOldsRow>(
          oneYearOldsQuery(
            known.map((t) => ({ countYear: t, residenceYear: daycareResidenceYear(input.options, t) })),
            areas,
          ),
        );
  const cells = years.map((t) => {
    const why = whyOf(t);
    if (why !== null) return missing(String(t), 'share', 'pct', why);
    const ofYear = rows.filter((r) => r.count_year === t);
    const children = ofYear.reduce((s, r) => s + r.children, 0);
    const enrolled = ofYear.reduce((s, r) => s + r.enrolled, 0);
    // No share over nobody: say why instead of a suppressed or empty cell.
    if (children === 0)
      return missing(
        String(t),
        'share',
        'pct',
        areas?.length === 0
          ? `ingen områder har været på listen over udsatte boligområder i alle årene ${years[0]}-${years[years.length - 1]}`
          : `ingen 1-årige bor pr. 30. september ${t} i områderne, der har været på listen i alle årene`,
      );
    return share(String(t), 'share', enrolled, children);
  });
  return { table: { id: 'tabel-5.3', cells, relations: [] }, areas };
}

async function absenceTable(
  db: Db,
  years: readonly number[],
  present: ReadonlySet<string>,
  dataYears: ReadonlySet<number>,
): Promise<MeasuredTable> {
  const columns = ['q3', 'q4', 'q1', 'q2', 'unique_high', 'pupils'] as const;
  const rows = present.has('absence')
    ? await db.all<AbsenceCountsRow>(absenceCountsQuery(years.filter((s) => dataYears.has(s))))
    : [];
  const cells = years.flatMap((s) => {
    const row = rows.find((r) => r.school_year === s);
    const why = !present.has('absence')
      ? 'leveringen har ikke absence'
      : `absence har ingen elever i skoleåret ${s - 1}/${String(s).slice(2)}`;
    if (row === undefined) return columns.map((c) => missing(String(s), c, 'count', why));
    // A quarter without rows is not known (not yet delivered), and neither is the year's count of unique pupils
    // with high absence, which would only be a lower bound.
    const lacking = QUARTERS.filter((q) => !row[`has_${q.key}`]);
    const lackingWhy = `absence har ingen rækker for ${lacking.map((q) => q.labelDa).join(', ')} i skoleåret ${s - 1}/${String(s).slice(2)}`;
    return columns.map((c) =>
      (c === 'unique_high' && lacking.length > 0) || lacking.some((q) => q.key === c)
        ? missing(String(s), c, 'count', lackingWhy)
        : count(String(s), c, row[c]),
    );
  });
  return { id: 'tabel-5.4', cells, relations: [] };
}

async function languageTables(
  db: Db,
  years: readonly number[],
  attemptsYear: number,
  present: ReadonlySet<string>,
  testYears: ReadonlySet<number>,
  enrolmentYears: ReadonlySet<number>,
): Promise<MeasuredTable[]> {
  const hasTests = present.has('language_tests');
  const pupils = hasTests
    ? await db.all<LanguageTestPupilsRow>(
        languageTestPupilsQuery(
          years.filter((s) => testYears.has(s)),
          present.has('school_enrolment'),
        ),
      )
    : [];
  const attempts =
    hasTests && testYears.has(attemptsYear)
      ? await db.all<LanguageTestAttemptsRow>(languageTestAttemptsQuery(attemptsYear))
      : [];
  const schoolYearDa = (s: number): string => `${s - 1}/${String(s).slice(2)}`;
  const testsWhy = (s: number): string | null =>
    !hasTests
      ? 'leveringen har ikke language_tests'
      : testYears.has(s)
        ? null
        : `language_tests har ingen prøver i skoleåret ${schoolYearDa(s)}`;
  const nextWhy = (s: number): string | null =>
    !present.has('school_enrolment')
      ? 'leveringen har ikke school_enrolment (klassetrinnet året efter)'
      : enrolmentYears.has(s + 1)
        ? null
        : `school_enrolment har ingen elever pr. 1. januar ${s + 1} (klassetrinnet året efter)`;

  const overview = (id: string, group: '0' | '1-9'): MeasuredTable => {
    const cells: MeasuredCell[] = [];
    const relations: Relation[] = [];
    for (const s of years) {
      const row = String(s);
      const why = testsWhy(s);
      const p = pupils.find((r) => r.school_year === s && r.grade_group === group) ?? {
        attempts: 0,
        pupils: 0,
        ready: 0,
        moved_up: 0,
        repeated: 0,
        unplaced: 0,
      };
      const next = nextWhy(s);
      for (const [column, unit] of LANGUAGE_COLUMNS) {
        if (why !== null) {
          cells.push(missing(row, column, unit, why));
          continue;
        }
        const needsNext =
          column.startsWith('movedUp') || column.startsWith('repeated') || column === 'unplaced';
        if (needsNext && next !== null) {
          cells.push(missing(row, column, unit, next));
          continue;
        }
        switch (column) {
          case 'attempts':
            cells.push(count(row, column, p.attempts));
            break;
          case 'pupils':
            cells.push(count(row, column, p.pupils));
            break;
          case 'ready':
            cells.push(count(row, column, p.ready));
            break;
          case 'readyPct':
            cells.push(share(row, column, p.ready, p.pupils));
            break;
          case 'movedUp':
            cells.push(count(row, column, p.moved_up));
            break;
          case 'movedUpPct':
            cells.push(share(row, column, p.moved_up, p.pupils));
            break;
          case 'repeated':
            cells.push(count(row, column, p.repeated));
            break;
          case 'repeatedPct':
            cells.push(share(row, column, p.repeated, p.pupils));
            break;
          case 'unplaced':
            cells.push(count(row, column, p.unplaced));
            break;
        }
      }
      if (why === null && next === null)
        relations.push(
          sumRelation(
            id,
            [row, 'pupils'],
            [
              [row, 'movedUp'],
              [row, 'repeated'],
              [row, 'unplaced'],
            ],
          ),
        );
    }
    return { id, cells, relations };
  };

  const attemptsWhy = testsWhy(attemptsYear);
  const held = (band: string, a: number): { held: number; ready: number } => {
    const r = attempts.find((x) => x.attempt === a && x.band === band);
    return { held: r?.held ?? 0, ready: r?.ready ?? 0 };
  };
  const pupilsOf = (group: '0' | '1-9'): number =>
    pupils.find((r) => r.school_year === attemptsYear && r.grade_group === group)?.pupils ?? 0;

  // Table 5.6: børnehaveklassen by attempt.
  const t56: MeasuredCell[] = [];
  const r56: Relation[] = [];
  for (const a of ATTEMPTS) {
    const col = `attempt${a}`;
    if (attemptsWhy !== null) {
      for (const [r, u] of [
        ['ready', 'count'],
        ['readyPct', 'pct'],
        ['notReady', 'count'],
        ['notReadyPct', 'pct'],
        ['held', 'count'],
      ] as const)
        t56.push(missing(r, col, u, attemptsWhy));
      continue;
    }
    const h = held('0', a);
    const n = pupilsOf('0');
    t56.push(
      count('ready', col, h.ready),
      share('readyPct', col, h.ready, n),
      count('notReady', col, h.held - h.ready),
      share('notReadyPct', col, h.held - h.ready, n),
      count('held', col, h.held),
    );
    r56.push(
      sumRelation(
        'tabel-5.6',
        ['held', col],
        [
          ['ready', col],
          ['notReady', col],
        ],
      ),
    );
  }

  // Table 5.8: 1.–9. klasse by attempt and grade band.
  const t58: MeasuredCell[] = [];
  const r58: Relation[] = [];
  const rows58 = [
    ...BANDS_1_9.flatMap((b) => [`${b}.ready`, `${b}.notReady`]),
    'total.ready',
    'total.readyPct',
    'total.notReady',
    'total.notReadyPct',
    'total.held',
  ];
  for (const a of ATTEMPTS) {
    const col = `attempt${a}`;
    if (attemptsWhy !== null) {
      for (const r of rows58) t58.push(missing(r, col, r.endsWith('Pct') ? 'pct' : 'count', attemptsWhy));
      continue;
    }
    let ready = 0;
    let total = 0;
    for (const b of BANDS_1_9) {
      const h = held(b, a);
      ready += h.ready;
      total += h.held;
      t58.push(count(`${b}.ready`, col, h.ready), count(`${b}.notReady`, col, h.held - h.ready));
    }
    const n = pupilsOf('1-9');
    t58.push(
      count('total.ready', col, ready),
      share('total.readyPct', col, ready, n),
      count('total.notReady', col, total - ready),
      share('total.notReadyPct', col, total - ready, n),
      count('total.held', col, total),
    );
    r58.push(
      sumRelation(
        'tabel-5.8',
        ['total.ready', col],
        BANDS_1_9.map((b) => [`${b}.ready`, col]),
      ),
      sumRelation(
        'tabel-5.8',
        ['total.notReady', col],
        BANDS_1_9.map((b) => [`${b}.notReady`, col]),
      ),
      sumRelation(
        'tabel-5.8',
        ['total.held', col],
        [
          ['total.ready', col],
          ['total.notReady', col],
        ],
      ),
    );
  }
  return [
    overview('tabel-5.5', '0'),
    { id: 'tabel-5.6', cells: t56, relations: r56 },
    overview('tabel-5.7', '1-9'),
    { id: 'tabel-5.8', cells: t58, relations: r58 },
  ];
}
