import { createHash } from 'node:crypto';
import type { Db } from '../db.ts';
import {
  CONTRACT_TABLES,
  DELIVERY_SCHEMA,
  DELIVERY_TABLES,
  OPTIONAL_DELIVERY_TABLES,
  type OptionalDeliveryTable,
} from '../delivery/deliverySchema.ts';
import { optionalTableWarnings } from '../validate/optionalTableRules.ts';
import type { ValidationReport } from '../validate/validationReport.ts';
import {
  PERSON_YEAR_TABLES,
  VALIDATOR_VERSION,
  byPersonQuery,
  byPersonTable,
  typeRule,
  validationRules,
} from '../validate/validationRules.ts';
import type { DeliveryFile } from './deliveryFiles.ts';
import { INDICATOR_SOURCE_TABLES, indicatorSourcesQueries } from '../indicators/indicatorSourcesQueries.ts';
import { referenceTablesQueries } from './referenceTablesQueries.ts';
import {
  clearValidationCacheQuery,
  createValidationCacheQuery,
  existingRelationsQuery,
  readValidationCacheQuery,
  storeValidationCacheQuery,
} from './validationCacheQueries.ts';

/** A delivery file with its size and SHA-256. */
export interface HashedFile extends DeliveryFile {
  readonly bytes: number;
  readonly sha256: string;
}

/** What a run's validation was: done now, or reused from the workspace because nothing it depends on changed. */
export interface ValidationCacheStatus {
  /** `true` when the delivery was neither loaded nor validated again. */
  readonly cached: boolean;
  /** When the validation now in the workspace was done. */
  readonly validatedAt: string;
  readonly validatorVersion: number;
  /**
   * SHA-256 of the rules' SQL, the contract's columns, the reference lists and the SQL of the relations kept with
   * the validation: changes with any of them.
   */
  readonly rulesSha256: string;
}

/**
 * The workspace relations a validated delivery consists of; all must exist for a cached validation to be used
 * (with the optional tables the delivery holds: `validatedRelationsPresent`).
 */
export const VALIDATED_RELATIONS: readonly string[] = [
  ...DELIVERY_TABLES,
  'delivery_issues',
  byPersonTable('residence'),
  ...INDICATOR_SOURCE_TABLES,
];

let rulesSha256: string | undefined;

/** SHA-256 of everything the validation's outcome depends on besides the files, the version and the mode. */
export function validationRulesSha256(): string {
  rulesSha256 ??= createHash('sha256')
    .update(
      JSON.stringify({
        schema: DELIVERY_SCHEMA,
        rules: validationRules(),
        rulesWithoutEvents: validationRules(OPTIONAL_DELIVERY_TABLES.filter((t) => t !== 'dwelling_events')),
        warnings: optionalTableWarnings(OPTIONAL_DELIVERY_TABLES),
        types: CONTRACT_TABLES.flatMap((t) => DELIVERY_SCHEMA[t].map((c) => typeRule(t, c) ?? null)),
        reference: referenceTablesQueries(),
        byPerson: PERSON_YEAR_TABLES.map((t) => byPersonQuery(t).sql),
        indicatorSources: indicatorSourcesQueries().map((q) => q.sql),
      }),
    )
    .digest('hex');
  return rulesSha256;
}

/**
 * The cache key of a validation: the validator's version and rules, the mode (strict or quarantine: quarantine
 * removes rows from the relations), the number of examples per rule in the report, and per input file its table,
 * format, size and SHA-256. `sha256: false` leaves the hashes out (a key to compare before they are computed).
 */
export function validationCacheKey(
  files: readonly (DeliveryFile & { bytes: number; sha256?: string })[],
  mode: ValidationReport['mode'],
  examplesPerRule: number,
  sha256 = true,
): string {
  return JSON.stringify({
    validatorVersion: VALIDATOR_VERSION,
    rulesSha256: validationRulesSha256(),
    mode,
    examplesPerRule,
    files: files.map((f) => ({
      table: f.table,
      format: f.format,
      bytes: f.bytes,
      ...(sha256 ? { sha256: f.sha256 ?? null } : {}),
    })),
  });
}

interface CacheRow {
  readonly cache_key: string;
  readonly validated_at: string;
  readonly report: string;
}

/** The validation recorded in the workspace, if any. */
export async function readValidationCache(
  db: Db,
): Promise<{ key: string; validatedAt: string; report: ValidationReport } | undefined> {
  await db.run(createValidationCacheQuery());
  const [row] = await db.all<CacheRow>(readValidationCacheQuery());
  if (row === undefined) return undefined;
  return {
    key: row.cache_key,
    validatedAt: row.validated_at,
    report: JSON.parse(row.report) as ValidationReport,
  };
}

/** Whether every relation of a validated delivery (with the optional tables it holds) is in the workspace. */
export async function validatedRelationsPresent(
  db: Db,
  optional: readonly OptionalDeliveryTable[] = [],
): Promise<boolean> {
  const names = [...VALIDATED_RELATIONS, ...optional];
  const found = await db.all<{ name: string }>(existingRelationsQuery(names));
  return found.length === names.length;
}

/** The key without the hashes, for comparing before they are computed. */
export function keyWithoutHashes(key: string): string {
  const parsed = JSON.parse(key) as { files: { sha256?: string }[] };
  return JSON.stringify({ ...parsed, files: parsed.files.map(({ sha256: _, ...rest }) => rest) });
}

export async function clearValidationCache(db: Db): Promise<void> {
  await db.run(createValidationCacheQuery());
  await db.run(clearValidationCacheQuery());
}

export async function storeValidationCache(
  db: Db,
  key: string,
  validatedAt: Date,
  report: ValidationReport,
): Promise<void> {
  await db.run(storeValidationCacheQuery(key, validatedAt, JSON.stringify(report)));
}
