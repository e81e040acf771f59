import { SYNTHETIC_MARKER, syntheticMarkerText } from '../io/syntheticDeliveryMarker.ts';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { openDb, type Db } from '../analytics/db.ts';
import { DELIVERY_TABLES, type DeliveryTable } from '../analytics/delivery/deliverySchema.ts';
import { query, type Query } from '../analytics/sql.ts';
import { births, immigrations, nationalPopulation } from './demographyParameters.ts';
import { lookupTableQueries, type PersonSegment } from './lookupTableQueries.ts';
import { locationPlan } from './locationPlan.ts';
import {
  convictionsQuery,
  dropOutcomePersonYearsQueries,
  educationQuery,
  incomeQuery,
  labourQuery,
  outcomeMacroQueries,
  outcomePersonYearsQueries,
} from './outcomeQueries.ts';
import { PEOPLE_TABLES, peopleTableQueries, type PeopleTable } from './peopleTables.ts';
import { areaParcels, dwellingQueries } from './placeQueries.ts';
import { HOUSING_TABLES, generateHousingStock, type HousingTable } from './housingStock.ts';
import { lettingQueries, personsQueries, spellsQueries } from './populationQueries.ts';
import { didEffectQueries, intendedForebyggelseQueries } from './treatmentQueries.ts';
import { dwellingIdSql, personIdSql, sqlInt, synthMacroQueries } from './synthMacros.ts';

export interface SynthOptions {
  /** 1.0 = all of Denmark (≈ 5.9 million residents a year); 0.05 = a small Denmark for demos. */
  readonly scale: number;
  /** First and last 1 January snapshot year. */
  readonly fromYear: number;
  readonly toYear: number;
  readonly seed: number;
  readonly outDir: string;
  readonly format: 'parquet' | 'csv';
  readonly onProgress?: (stage: string, done: number, total: number) => void;
  /** DuckDB memory limit (it spills to a temp directory beyond it). Default `12GB`. */
  readonly memoryLimit?: string;
  /**
   * Planted treatment effect of report chapter 3's difference-in-differences, in percentage points added to the
   * socially vulnerable share of out-movers from the treated municipalities for moves labelled 2022 on
   * (`didEffectQueries`). Default 0: no effect.
   */
  readonly didEffect?: number;
  /**
   * First year of the people tables (contract §A3: employment, families, schools, day care, language tests,
   * absence); default `fromYear`. The lists never read them, and the report of a list year Y reads Y − 6 … Y, so a
   * later start (the demo's 2018 for its report of 2024) only shortens the generation.
   */
  readonly peopleFromYear?: number;
}

export interface SynthSummary {
  readonly outDir: string;
  readonly format: 'parquet' | 'csv';
  readonly scale: number;
  readonly seed: number;
  readonly fromYear: number;
  readonly toYear: number;
  /** Number of public-housing areas in the delivery. */
  readonly areas: number;
  /** Rows written per table (contract §A, the §A2 housing tables and the §A3 people tables). */
  readonly rows: Readonly<Record<DeliveryTable | HousingTable | PeopleTable, number>>;
  /** Wall-clock seconds of the whole generation. */
  readonly seconds: number;
  /** The planted effect (percentage points) and the generator's treated municipalities (codes, sorted). */
  readonly didEffect: number;
  readonly treatedMunicipalities: readonly string[];
}

/** Stages reported through `onProgress`, in order. */
export const SYNTH_STAGES = [
  'plan',
  'dwellings',
  'persons',
  'moves',
  'housing',
  ...DELIVERY_TABLES,
  ...HOUSING_TABLES,
  'people',
  ...PEOPLE_TABLES,
] as const;

/** Checks generator options at the edge; returns Danish/English problem texts, empty when fine. */
export function synthOptionProblems(
  o: Pick<SynthOptions, 'scale' | 'fromYear' | 'toYear' | 'seed' | 'didEffect' | 'peopleFromYear'>,
): string[] {
  const problems: string[] = [];
  if (!(Number.isFinite(o.scale) && o.scale > 0 && o.scale <= 2))
    problems.push(`scale must be in (0, 2]: ${o.scale}`);
  if (
    !Number.isInteger(o.fromYear) ||
    !Number.isInteger(o.toYear) ||
    o.fromYear < 2008 ||
    o.toYear > 2030 ||
    o.fromYear > o.toYear
  )
    problems.push(`years must be integers 2008–2030 with from ≤ to: ${o.fromYear}-${o.toYear}`);
  if (
    o.peopleFromYear !== undefined &&
    !(Number.isInteger(o.peopleFromYear) && o.peopleFromYear >= o.fromYear && o.peopleFromYear <= o.toYear)
  )
    problems.push(`the people tables' first year must be within the years: ${o.peopleFromYear}`);
  if (!Number.isSafeInteger(o.seed) || o.seed < 0 || o.seed > 2 ** 31 - 1)
    problems.push(`seed must be an integer 0–2147483647: ${o.seed}`);
  const effect = o.didEffect ?? 0;
  if (!(Number.isFinite(effect) && effect >= 0 && effect <= 50))
    problems.push(`did effect must be 0–50 percentage points: ${effect}`);
  return problems;
}

const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/**
 * Generates a synthetic Denmark as a register delivery (data contract §A) with set-based DuckDB SQL: nothing
 * person-level is ever held in JavaScript. The same options give byte-identical files. Output is written to a
 * temporary sibling directory and renamed into place when complete; an existing `outDir` is replaced only if it
 * holds nothing but delivery files.
 */
export async function generateDelivery(opts: SynthOptions): Promise<SynthSummary> {
  const problems = synthOptionProblems(opts);
  if (problems.length > 0) throw new Error(`synth: ${problems.join('; ')}`);
  const started = Date.now();
  const outDir = resolve(opts.outDir);
  if (existsSync(outDir)) {
    const foreign = readdirSync(outDir).filter(
      (f) => !/^[a-z_]+\.(parquet|csv)$/.test(f) && f !== SYNTHETIC_MARKER,
    );
    if (foreign.length > 0)
      throw new Error(`synth: output directory holds other files than a delivery: ${outDir} (${foreign[0]})`);
  }
  const stages = SYNTH_STAGES.length;
  let stage = 0;
  const progress = (name: string): void => opts.onProgress?.(name, stage++, stages);

  progress('plan');
  const { fromYear, toYear, scale, seed } = opts;
  const plan = locationPlan(seed, scale, fromYear, toYear);
  const segments: PersonSegment[] = [];
  let next = 0;
  const addSegment = (kind: PersonSegment['kind'], entryYear: number, eventYear: number, n: number): void => {
    const count = Math.max(0, Math.round(n));
    if (count === 0) return;
    segments.push({ kind, entryYear, eventYear, startPid: next, n: count });
    next += count;
  };
  addSegment('stock', fromYear, fromYear - 1, nationalPopulation(fromYear) * scale);
  for (let y = fromYear; y < toYear; y++) {
    addSegment('birth', y + 1, y, births(y) * scale);
    addSegment('imm', y + 1, y, immigrations(y) * scale);
  }

  const partial = join(dirname(outDir), `.${basename(outDir)}.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const spill = join(tmpdir(), `boligmonitor-synth-${process.pid}-${Date.now()}`);
  const db = await openDb({
    path: ':memory:',
    threads: 2,
    memoryLimit: opts.memoryLimit ?? '12GB',
    tempDirectory: spill,
  });
  const rows: Partial<Record<DeliveryTable | HousingTable | PeopleTable, number>> = {};
  const didEffect = opts.didEffect ?? 0;
  let treatedMunicipalities: string[] = [];
  let forebyggelseAreas2021: string[] = [];
  try {
    await db.run(query(`SET preserve_insertion_order = true`));
    for (const q of [
      ...synthMacroQueries(seed),
      ...outcomeMacroQueries(),
      ...lookupTableQueries(plan, segments),
    ])
      await db.run(q);
    progress('dwellings');
    for (const q of dwellingQueries(plan, toYear)) await db.run(q);
    // The ids are formatted by arithmetic (personIdSql, dwellingIdSql), exact within these ranges.
    const [keys] = await db.all<{ loc: number; idx: number }>(
      query(`SELECT coalesce(max(loc), 0) AS loc, coalesce(max(idx), 0) AS idx FROM dw`),
    );
    if (next >= 1e8 || Number(keys?.loc) >= 1000 || Number(keys?.idx) >= 1e7)
      throw new Error(
        `synth: too many persons, locations or dwellings for the ids (${next}, ${keys?.loc}, ${keys?.idx})`,
      );
    progress('persons');
    for (const q of personsQueries(fromYear, toYear, next)) await db.run(q);
    progress('moves');
    for (const q of [
      ...spellsQueries(fromYear, toYear),
      ...intendedForebyggelseQueries(fromYear, toYear),
      ...lettingQueries(),
      ...didEffectQueries(didEffect),
    ])
      await db.run(q);
    const intended = await db.all<{ municipality_code: string; area_index: number }>(
      query(`SELECT f.municipality_code, l.area_index FROM intended_fb f JOIN locations l ON l.loc = f.loc`),
    );
    const areaId = new Map(plan.areas.map((a) => [a.index, a.areaId]));
    treatedMunicipalities = [...new Set(intended.map((r) => r.municipality_code))].sort();
    forebyggelseAreas2021 = intended.map((r) => areaId.get(Number(r.area_index)) ?? '').sort();

    const parcels = areaParcels(plan.areas);
    await db.run(
      query(
        `CREATE TABLE out_areas AS SELECT CAST(unnest($id) AS VARCHAR) AS area_id, CAST(unnest($name) AS VARCHAR) AS name,
           CAST(unnest($muni) AS VARCHAR) AS municipality_code`,
        {
          id: plan.areas.map((a) => a.areaId),
          name: plan.areas.map((a) => a.name),
          muni: plan.areas.map((a) => a.municipalityCode),
        },
      ),
    );
    await db.run(
      query(
        `CREATE TABLE out_parcels AS SELECT CAST(unnest($area) AS VARCHAR) AS area_id, CAST(unnest($parcel) AS VARCHAR) AS parcel_id,
           CAST(unnest($from) AS INTEGER) AS valid_from, CAST(NULL AS INTEGER) AS valid_to`,
        {
          area: parcels.map((p) => p.areaId),
          parcel: parcels.map((p) => p.parcelId),
          from: parcels.map((p) => String(p.validFrom)),
        },
      ),
    );
    progress('housing');
    const housing = await generateHousingStock(db, { seed, plan, parcels, fromYear, toYear });
    const selects: Record<DeliveryTable | HousingTable, Query> = {
      ...housing,
      areas: query(`SELECT area_id, name, municipality_code FROM out_areas ORDER BY area_id`),
      area_parcels: query(
        `SELECT area_id, parcel_id, valid_from, valid_to FROM out_parcels ORDER BY area_id, parcel_id`,
      ),
      dwellings: query(`
        SELECT ${dwellingIdSql('loc', 'idx')} AS dwelling_id, parcel_id, municipality_code, ownership, kind, built_year
        FROM dw ORDER BY loc, idx`),
      persons: query(`
        SELECT ${personIdSql('pid')} AS person_id, birth_date, sex, ie_type::INTEGER AS ie_type, origin_country
        FROM persons_x ORDER BY pid`),
      // In (year, pid) order without a sort: one scan per snapshot year of the spells in pid order
      // (residence_spells), concatenated by UNION ALL; a person's spells never overlap. Ids are formatted from the
      // integer keys.
      residence: query(`
        SELECT year, ${personIdSql('pid')} AS person_id, ${dwellingIdSql('loc', 'dw_idx')} AS dwelling_id, municipality_code
        FROM (${Array.from(
          { length: toYear - fromYear + 1 },
          (_, i) =>
            `SELECT ${sqlInt(fromYear + i)}::INTEGER AS year, pid, loc, dw_idx, municipality_code FROM residence_spells
             WHERE start <= ${sqlInt(fromYear + i)} AND stop >= ${sqlInt(fromYear + i)}`,
        ).join('\n          UNION ALL ')})`),
      labour: labourQuery(),
      education: educationQuery(),
      income: incomeQuery(),
      convictions: convictionsQuery(),
    };
    for (const table of [...DELIVERY_TABLES, ...HOUSING_TABLES]) {
      progress(table);
      // Work relations: the spells in pid order for residence (after the housing stock has rehoused the residents
      // of demolished dwellings); the outcome tables' shared person-years, made before the first of them and
      // dropped after the last.
      if (table === 'residence') {
        await db.run(
          query(`
            CREATE OR REPLACE TEMP TABLE residence_spells AS
            SELECT pid, start, stop, loc, dw_idx, municipality_code FROM spells
            WHERE start <= ${sqlInt(toYear)} AND stop >= ${sqlInt(fromYear)} ORDER BY pid`),
        );
      }
      if (table === 'labour') for (const q of outcomePersonYearsQueries(fromYear, toYear)) await db.run(q);
      rows[table] = await copyTable(
        db,
        selects[table],
        join(partial, `${table}.${opts.format}`),
        opts.format,
      );
      if (table === 'residence') await db.run(query(`DROP TABLE residence_spells`));
      if (table === 'convictions') for (const q of dropOutcomePersonYearsQueries()) await db.run(q);
    }
    // Contract §A3 (employment, families, schools, day care) on the persons and residence above.
    progress('people');
    const people = peopleTableQueries(plan, opts.peopleFromYear ?? fromYear, toYear);
    for (const q of people.setup) await db.run(q);
    for (const table of PEOPLE_TABLES) {
      progress(table);
      rows[table] = await copyTable(
        db,
        people.selects[table],
        join(partial, `${table}.${opts.format}`),
        opts.format,
      );
    }
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  } finally {
    db.close();
    rmSync(spill, { recursive: true, force: true });
  }
  writeFileSync(
    join(partial, SYNTHETIC_MARKER),
    syntheticMarkerText({
      generator: 'boligmonitor synth',
      scale: opts.scale,
      seed: opts.seed,
      fromYear,
      toYear,
      didEffect,
      treatedMunicipalities,
      forebyggelseAreas2021,
    }),
  );
  rmSync(outDir, { recursive: true, force: true });
  renameSync(partial, outDir);
  opts.onProgress?.('done', stages, stages);
  return {
    outDir,
    format: opts.format,
    scale,
    seed,
    fromYear,
    toYear,
    areas: plan.areas.length,
    rows: rows as Record<DeliveryTable | HousingTable | PeopleTable, number>,
    seconds: (Date.now() - started) / 1000,
    didEffect,
    treatedMunicipalities,
  };
}

async function copyTable(db: Db, select: Query, path: string, format: 'parquet' | 'csv'): Promise<number> {
  // zstd at level 1: as small as the default level 3 here (within 1 %), and faster to write.
  const options =
    format === 'parquet'
      ? 'FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1'
      : 'FORMAT csv, HEADER true';
  const result = await db.all<Record<string, unknown>>(
    query(`COPY (\n${select.sql}\n) TO ${sqlString(path)} (${options})`, select.params),
  );
  const first = result[0];
  const count = first === undefined ? undefined : Object.values(first)[0];
  return typeof count === 'number' ? count : Number(count ?? 0);
}
