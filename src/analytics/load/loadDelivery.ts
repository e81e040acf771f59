import { stat } from 'node:fs/promises';
import type { TableRowCount } from '../../io/tableRowCount.ts';
import type { Db } from '../db.ts';
import { query } from '../sql.ts';
import {
  COMPATIBLE_TYPES,
  DELIVERY_SCHEMA,
  DELIVERY_TABLES,
  OPTIONAL_DELIVERY_TABLES,
  VALIDATION_ORDER,
  isOptionalTable,
  type ColumnSpec,
  type ContractTable,
  type DeliveryTable,
  type OptionalDeliveryTable,
} from '../delivery/deliverySchema.ts';
import { optionalTableWarnings } from '../validate/optionalTableRules.ts';
import { insertIssuesQuery, rowRulesQuery, setRuleQuery } from '../validate/offendingRowsQuery.ts';
import type { RowRule, ValidationRule } from '../validate/validationRule.ts';
import {
  PERSON_YEAR_TABLES,
  ROW_RULE_JOINS,
  VALIDATOR_VERSION,
  byPersonQuery,
  byPersonTable,
  typeRule,
  validationRules,
} from '../validate/validationRules.ts';
import type {
  RuleResult,
  SchemaProblem,
  SchemaWarning,
  ValidationReport,
} from '../validate/validationReport.ts';
import { findDeliveryFiles, sha256File, type DeliveryFile } from './deliveryFiles.ts';
import {
  acceptedRowsQuery,
  countRowsQuery,
  deleteRejectedQuery,
  describeSourceQuery,
  dropRelationQuery,
  insertionOrderQuery,
  issueCountQuery,
  parquetPathQuery,
  parquetViewQueries,
  relationKindQuery,
  renameAcceptedQuery,
  storageSettingsQuery,
  typedDataQuery,
  typedDataTable,
  typedDataViewQuery,
  typedWithoutFailedQuery,
  typeIssuesQuery,
  yearRangeQuery,
} from './loadQueries.ts';
import { indicatorSourcesQueries } from '../indicators/indicatorSourcesQueries.ts';
import { referenceTablesQueries } from './referenceTablesQueries.ts';
import {
  clearValidationCache,
  keyWithoutHashes,
  readValidationCache,
  storeValidationCache,
  validatedRelationsPresent,
  validationCacheKey,
  validationRulesSha256,
  type HashedFile,
  type ValidationCacheStatus,
} from './validationCache.ts';

export interface LoadOptions {
  /** Lenient mode: offending rows are set aside (rejected) and the run goes on. */
  readonly quarantine: boolean;
  /** Offending rows shown per rule in the report. */
  readonly examplesPerRule?: number;
  /** Progress: called when a stage starts. */
  readonly onStep?: (step: string, done: number, total: number) => void;
}

export type LoadedFile = HashedFile;

export interface LoadResult {
  readonly files: readonly LoadedFile[];
  readonly report: ValidationReport;
  /** Whether this validation was done now or reused from the workspace (unchanged delivery). */
  readonly cache: ValidationCacheStatus;
  /** Wall time of reading the files into typed tables, and of the validation rules. */
  readonly timings: { readonly loadMs: number; readonly validateMs: number };
}

/** The progress step of building the indicators' sources kept with the validation. */
export const INDICATOR_SOURCES_STEP = 'validerer: indikatorgrundlag';

/** The progress step of a run whose delivery is unchanged since the workspace validated it. */
export const VALIDATION_REUSED_STEP = 'validering genbrugt (uændret levering)';

interface Plan {
  readonly file: DeliveryFile;
  /** Columns that arrived as text and must be type-checked value by value. */
  readonly textColumns: readonly ColumnSpec[];
}

/**
 * Loads a delivery directory into the workspace (one typed relation per contract table, rows numbered `_row`)
 * and validates it with SQL over whole tables. Strict: nothing is removed; the report says whether the
 * delivery is usable. Quarantine: offending rows are removed from the typed tables and listed in
 * `delivery_issues`; rows in = accepted + rejected for every table.
 *
 * The validation is recorded in the workspace under a key of every file's SHA-256, the validator's version and
 * the mode (`validationCacheKey`): when a later run finds the same key and the relations in place, it loads and
 * validates nothing and returns the recorded report (`cache.cached`).
 */
export async function loadDelivery(db: Db, dir: string, opts: LoadOptions): Promise<LoadResult> {
  const mode = opts.quarantine ? 'quarantine' : 'strict';
  const examplesPerRule = opts.examplesPerRule ?? 10;
  const { files, problems } = findDeliveryFiles(dir);
  const schemaProblems: SchemaProblem[] = problems.map((p) => ({
    table: p.table,
    path: p.path,
    kind: p.problem === 'missing' ? 'missingFile' : 'ambiguousFile',
    detail: p.requiredBy === undefined ? p.problem : `missing: required by ${p.requiredBy}`,
  }));
  const optional: OptionalDeliveryTable[] = files.map((f) => f.table).filter(isOptionalTable);
  const warnings: SchemaWarning[] = [];
  const sized = await Promise.all(files.map(async (f) => ({ ...f, bytes: (await stat(f.path)).size })));
  // hashing streams the files while DuckDB works
  const hashing = Promise.all(sized.map(async (f) => ({ ...f, sha256: await sha256File(f.path) })));
  const step = (name: string, done: number, total: number): void => opts.onStep?.(name, done, total);
  const t0 = performance.now();
  const status = (cached: boolean, validatedAt: Date | string): ValidationCacheStatus => ({
    cached,
    validatedAt: typeof validatedAt === 'string' ? validatedAt : validatedAt.toISOString(),
    validatorVersion: VALIDATOR_VERSION,
    rulesSha256: validationRulesSha256(),
  });

  await db.run(insertionOrderQuery(true));
  await db.run(storageSettingsQuery());
  for (const q of referenceTablesQueries()) await db.run(q);

  if (schemaProblems.length === 0) {
    const previous = await readValidationCache(db);
    if (
      previous !== undefined &&
      keyWithoutHashes(previous.key) === validationCacheKey(sized, mode, examplesPerRule, false)
    ) {
      step('kontrollerer SHA-256', 0, 1);
      const hashed = await hashing;
      if (
        previous.key === validationCacheKey(hashed, mode, examplesPerRule) &&
        (await validatedRelationsPresent(db, optional))
      ) {
        step(VALIDATION_REUSED_STEP, 1, 1);
        for (const f of hashed) if (f.format === 'parquet') await db.run(parquetPathQuery(f.table, f.path));
        await db.run(insertionOrderQuery(false));
        return {
          files: hashed,
          report: previous.report,
          cache: status(true, previous.validatedAt),
          timings: { loadMs: performance.now() - t0, validateMs: 0 },
        };
      }
    }
  }
  // Whatever the workspace held is about to change: its validation no longer stands.
  await clearValidationCache(db);
  // an optional table the delivery lacks is absent from the workspace (a previous delivery may have had it)
  for (const table of OPTIONAL_DELIVERY_TABLES) {
    if (!optional.includes(table)) for (const name of relationsOf(table)) await dropRelation(db, name);
  }

  const plans: Plan[] = [];
  for (const file of files) {
    const plan = await planFile(db, file, schemaProblems, warnings);
    if (plan !== undefined) plans.push(plan);
  }
  if (schemaProblems.length > 0) {
    return {
      files: await hashing,
      report: { ok: false, mode, schemaProblems, warnings, rules: [], rowCounts: [] },
      cache: status(false, new Date()),
      timings: { loadMs: performance.now() - t0, validateMs: 0 },
    };
  }

  await db.run(
    query(`
      CREATE OR REPLACE TABLE delivery_issues (
        table_name VARCHAR, row_nr BIGINT, rule_id VARCHAR, column_name VARCHAR, value VARCHAR
      )`),
  );
  const allRules: ValidationRule[] = [];
  const rowsIn = new Map<string, number>();
  const kinds = new Map<string, 'view' | 'table'>();
  const total = plans.length * 2;
  let done = 0;
  for (const { file, textColumns } of plans) {
    step(`indlæser ${file.table}`, done++, total);
    const columns = DELIVERY_SCHEMA[file.table];
    for (const name of relationsOf(file.table)) await dropRelation(db, name);
    if (textColumns.length === 0 && file.format === 'parquet') {
      for (const q of parquetViewQueries(file.table, columns, file.path)) await db.run(q);
      kinds.set(file.table, 'view');
      rowsIn.set(file.table, await count(db, file.table));
      continue;
    }
    // One scan reads, types and type-checks the file; the relation is a view numbering its rows.
    const typeRules = textColumns
      .map((c) => typeRule(file.table, c))
      .filter((r): r is RowRule => r !== undefined);
    allRules.push(...typeRules);
    await db.run(typedDataQuery(file.table, file.format, columns, typeRules, file.path));
    rowsIn.set(file.table, await count(db, typedDataTable(file.table)));
    if (typeRules.length > 0) await db.run(typeIssuesQuery(file.table));
    if ((await issueCount(db, file.table)) === 0) {
      await db.run(typedDataViewQuery(file.table, columns));
      kinds.set(file.table, 'view');
    } else {
      // rows with a value of the wrong type are left out of the typed relation, which keeps their numbers
      await db.run(typedWithoutFailedQuery(file.table, columns));
      await db.run(dropRelationQuery(typedDataTable(file.table), 'table'));
      kinds.set(file.table, 'table');
    }
  }

  const t1 = performance.now();
  await db.run(insertionOrderQuery(false));
  const rules = validationRules(optional);
  allRules.push(...rules);
  const loaded = new Set<ContractTable>(plans.map((p) => p.file.table));
  for (const table of VALIDATION_ORDER.filter((t) => loaded.has(t))) {
    step(`validerer ${table}`, done++, total);
    const tableRules = rules.filter((r) => r.table === table);
    const rowRules = tableRules.filter((r): r is RowRule => r.kind === 'row');
    if (isPersonYearTable(table)) await byPerson(db, table);
    if (rowRules.length > 0) {
      await db.run(insertIssuesQuery(table, rowRulesQuery(table, rowRules, ROW_RULE_JOINS[table])));
    }
    for (const r of tableRules) if (r.kind === 'set') await db.run(insertIssuesQuery(table, setRuleQuery(r)));
    const removed = opts.quarantine && (await setAsideRejected(db, table, kinds.get(table) ?? 'table'));
    // residence's aggregate is kept for the indicators: it must describe the accepted rows
    if (removed && table === 'residence') await byPerson(db, table);
    if (table !== 'residence' && isPersonYearTable(table)) {
      await db.run(dropRelationQuery(byPersonTable(table), 'table'));
    }
  }
  // the indicators' sources, from the accepted rows: kept with the validation (nothing in them depends on a run)
  step(INDICATOR_SOURCES_STEP, total, total);
  for (const q of indicatorSourcesQueries(optional)) await db.run(q);
  step('validering færdig', total, total);
  warnings.push(...(await ruleWarnings(db, optional, examplesPerRule)));

  const rowCounts = await balance(db, [...DELIVERY_TABLES, ...optional], rowsIn, opts.quarantine);
  const results = await ruleResults(db, allRules, examplesPerRule);
  const report: ValidationReport = {
    ok: results.length === 0,
    mode,
    schemaProblems,
    warnings,
    rules: results,
    rowCounts,
  };
  const hashed = await hashing;
  const validatedAt = new Date();
  await storeValidationCache(db, validationCacheKey(hashed, mode, examplesPerRule), validatedAt, report);
  return {
    files: hashed,
    report,
    cache: status(false, validatedAt),
    timings: { loadMs: t1 - t0, validateMs: performance.now() - t1 },
  };
}

/** Every workspace relation a delivery table may have left behind (older layouts included). */
const relationsOf = (table: ContractTable): string[] => [
  table,
  `${table}_accepted`,
  `${table}_staged`,
  typedDataTable(table),
];

/** The per-person aggregate of a yearly person table (residence's spans its year range). */
async function byPerson(db: Db, table: DeliveryTable): Promise<void> {
  if (table !== 'residence') {
    await db.run(byPersonQuery(table));
    return;
  }
  const [range] = await db.all<{ lo: number | null; hi: number | null }>(yearRangeQuery(table));
  const years = range?.lo == null || range.hi == null ? undefined : { from: range.lo, to: range.hi };
  await db.run(byPersonQuery(table, years));
}

/**
 * Quarantine: removes a table's offending rows (a view becomes a table of its accepted rows). Returns whether
 * any row was removed.
 */
async function setAsideRejected(db: Db, table: ContractTable, kind: 'view' | 'table'): Promise<boolean> {
  if ((await issueCount(db, table)) === 0) return false;
  if (kind === 'table') {
    await db.run(deleteRejectedQuery(table));
    return true;
  }
  await db.run(acceptedRowsQuery(table));
  await db.run(dropRelationQuery(table, 'view'));
  await db.run(renameAcceptedQuery(table));
  await db.run(dropRelationQuery(typedDataTable(table), 'table'));
  return true;
}

async function dropRelation(db: Db, name: string): Promise<void> {
  for (const { kind } of await db.all<{ kind: 'view' | 'table' }>(relationKindQuery(name))) {
    await db.run(dropRelationQuery(name, kind));
  }
}

async function count(db: Db, table: string): Promise<number> {
  const [row] = await db.all<{ n: number }>(countRowsQuery(table));
  return row?.n ?? 0;
}

async function issueCount(db: Db, table: string): Promise<number> {
  const [row] = await db.all<{ n: number }>(issueCountQuery(table));
  return row?.n ?? 0;
}

async function planFile(
  db: Db,
  file: DeliveryFile,
  problems: SchemaProblem[],
  warnings: SchemaWarning[],
): Promise<Plan | undefined> {
  let described: { column_name: string; column_type: string }[];
  try {
    described = await db.all(describeSourceQuery(file.format, file.path));
  } catch (e) {
    problems.push({
      table: file.table,
      path: file.path,
      kind: 'unreadable',
      detail: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e),
    });
    return undefined;
  }
  const found = new Map(described.map((d) => [d.column_name, d.column_type]));
  const textColumns: ColumnSpec[] = [];
  for (const c of DELIVERY_SCHEMA[file.table]) {
    const type = found.get(c.name);
    if (type === undefined) {
      problems.push({
        table: file.table,
        path: file.path,
        kind: 'missingColumn',
        column: c.name,
        detail: c.type,
      });
    } else if (type === 'VARCHAR') {
      if (c.type !== 'string') textColumns.push(c);
    } else if (!COMPATIBLE_TYPES[c.type].some((t) => type === t || type.startsWith(`${t}(`))) {
      problems.push({
        table: file.table,
        path: file.path,
        kind: 'incompatibleType',
        column: c.name,
        detail: `${type}, forventet ${c.type}`,
      });
    }
  }
  const known = new Set(DELIVERY_SCHEMA[file.table].map((c) => c.name));
  for (const name of found.keys()) {
    if (!known.has(name) && name !== 'file_row_number') {
      warnings.push({ table: file.table, column: name, detail: 'ukendt kolonne ignoreres' });
    }
  }
  return { file, textColumns };
}

const isPersonYearTable = (table: ContractTable): table is DeliveryTable =>
  (PERSON_YEAR_TABLES as readonly string[]).includes(table);

/** The warnings of the rows concerned by a warning rule (they are kept): count and first rows. */
async function ruleWarnings(
  db: Db,
  optional: readonly OptionalDeliveryTable[],
  limit: number,
): Promise<SchemaWarning[]> {
  const out: SchemaWarning[] = [];
  for (const w of optionalTableWarnings(optional)) {
    const rows = await db.all<{ row_nr: number; value: string | null }>(
      query(`SELECT row_nr, value FROM (${w.select}) ORDER BY row_nr`),
    );
    if (rows.length === 0) continue;
    out.push({
      table: w.table,
      column: w.column,
      detail: `${w.messageDa} — ${rows.length.toLocaleString('da-DK')} ${rows.length === 1 ? 'række' : 'rækker'}`,
      ruleId: w.id,
      count: rows.length,
      examples: rows.slice(0, limit).map((r) => ({ row: r.row_nr, column: w.column, value: r.value })),
    });
  }
  return out;
}

async function balance(
  db: Db,
  tables: readonly ContractTable[],
  rowsIn: ReadonlyMap<string, number>,
  quarantine: boolean,
): Promise<TableRowCount[]> {
  const rejectedRows = await db.all<{ table_name: string; n: number }>(
    query('SELECT table_name, count(DISTINCT row_nr) AS n FROM delivery_issues GROUP BY table_name'),
  );
  const rejected = new Map(rejectedRows.map((r) => [r.table_name, r.n]));
  const counts: TableRowCount[] = [];
  for (const table of tables) {
    const n = rowsIn.get(table) ?? 0;
    const out = rejected.get(table) ?? 0;
    const accepted = quarantine ? await count(db, table) : n - out;
    if (accepted + out !== n) {
      throw new Error(`row balance broken for ${table}: ${n} in ≠ ${accepted} accepted + ${out} rejected`);
    }
    counts.push({ table, rowsIn: n, accepted, rejected: out });
  }
  return counts;
}

async function ruleResults(db: Db, rules: readonly ValidationRule[], limit: number): Promise<RuleResult[]> {
  const counts = await db.all<{ rule_id: string; n: number }>(
    query('SELECT rule_id, count(*) AS n FROM delivery_issues GROUP BY rule_id'),
  );
  if (counts.length === 0) return [];
  const examples = await db.all<{
    rule_id: string;
    row_nr: number;
    column_name: string;
    value: string | null;
  }>(
    query(
      `
      SELECT rule_id, row_nr, column_name, value
      FROM delivery_issues
      QUALIFY row_number() OVER (PARTITION BY rule_id ORDER BY row_nr) <= $limit
      ORDER BY rule_id, row_nr
      `,
      { limit },
    ),
  );
  const n = new Map(counts.map((c) => [c.rule_id, c.n]));
  return rules
    .filter((r) => n.has(r.id))
    .map((r) => ({
      ruleId: r.id,
      table: r.table,
      column: r.column,
      category: r.category,
      messageDa: r.messageDa,
      messageEn: r.messageEn,
      count: n.get(r.id) ?? 0,
      examples: examples
        .filter((e) => e.rule_id === r.id)
        .map((e) => ({ row: e.row_nr, column: e.column_name, value: e.value })),
    }));
}
