import type { Assumptions } from '../../core/assumptions.ts';
import {
  daycareDecision,
  kombineretUdlejningDecision,
  languageTestDecision,
  type DaycareDecision,
  type DutyDecision,
} from '../../core/duties/dutyDecisions.ts';
import {
  daycareKinds,
  daycareResidenceYear,
  languageTestListYears,
  type DutyOptions,
} from '../../core/duties/dutyOptions.ts';
import { unknownWhyOf, type UdsatLists } from '../../core/duties/udsatLists.ts';
import {
  div,
  HUNDRED,
  mul,
  rational,
  rationalFromDecimal,
  type Rational,
} from '../../core/exact/rational.ts';
import type { Db } from '../db.ts';
import { workspaceTables } from '../report/workspaceTables.ts';
import {
  daycareSharesQuery,
  oneYearOldsQuery,
  type DaycareShareRow,
  type OneYearOldsRow,
} from './daycareQueries.ts';
import { dutySetupQueries, residenceYearsQuery, yearsOfQuery } from './dutySetupQueries.ts';
import {
  kombineretUdlejningCountsQuery,
  type KombineretUdlejningCountsRow,
} from './kombineretUdlejningQuery.ts';
import { schoolSharesQuery, type SchoolShareRow } from './schoolQueries.ts';

/** A section of the duties: computed, or missing with why (an absent table, an unknown list). */
export type DutySection<T> =
  ({ readonly kind: 'computed' } & T) | { readonly kind: 'missing'; readonly why: string };

export interface DaycareInstitutionDuty {
  readonly institutionId: string;
  readonly municipalityCode: string;
  readonly kind: string;
  readonly enrolled: number;
  readonly fromUdsat: number | null;
  readonly decision: DaycareDecision;
}

export interface LearningOfferMunicipality {
  readonly municipalityCode: string;
  /** 1-year-olds living in an area on the list in force. */
  readonly children: number;
  readonly enrolled: number;
  /** Not enrolled in day care: the municipality must give them the obligatory learning offer. */
  readonly notEnrolled: number;
}

export interface SchoolDuty {
  readonly schoolId: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly kind: string;
  readonly pupils: number;
  readonly fromListed: number | null;
  readonly decision: DutyDecision;
}

export interface KombineretUdlejningArea {
  readonly areaId: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly residents: number | null;
  /** The data year of the single-year K1 share; null when not computable. */
  readonly k1DataYear: number | null;
  readonly decision: DutyDecision;
}

/** The duties the lists of one list year trigger, decided per institution, school and area (domain §6). */
export interface Duties {
  readonly listYear: number;
  readonly options: DutyOptions;
  readonly daycare: DutySection<{
    readonly countYear: number;
    readonly listYear: number;
    readonly residenceYear: number;
    readonly institutions: readonly DaycareInstitutionDuty[];
  }>;
  readonly learningOffer: DutySection<{
    readonly countYear: number;
    readonly listYear: number;
    readonly residenceYear: number;
    readonly municipalities: readonly LearningOfferMunicipality[];
  }>;
  readonly languageTests: DutySection<{
    readonly pupilsYear: number;
    readonly listYears: readonly number[];
    readonly schools: readonly SchoolDuty[];
  }>;
  readonly kombineretUdlejning: DutySection<{ readonly areas: readonly KombineretUdlejningArea[] }>;
}

/** An area of the list year as the run assessed it (its residents at 1 January). */
export interface DutyArea {
  readonly areaId: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly residents: number;
}

export interface DutiesInput {
  readonly listYear: number;
  /** The udsatte lists of the years the duties read (known or unknown with why). */
  readonly lists: UdsatLists;
  readonly options: DutyOptions;
  readonly assumptions: Assumptions;
  /** The run whose stored K1 counts § 51 b reads, and the areas it assessed in the list year. */
  readonly runId: string;
  readonly areas: readonly DutyArea[];
}

/** The list years the duties of list year Y read: the list in force for day care (Y − 1) and the language-test window. */
export function dutyListYears(options: DutyOptions, listYear: number): number[] {
  return [...new Set([listYear - 1, ...languageTestListYears(options, listYear)])].sort((a, b) => a - b);
}

const absentWhy = (tables: readonly string[], present: ReadonlySet<string>): string | null => {
  const absent = tables.filter((t) => !present.has(t));
  return absent.length === 0 ? null : `leveringen har ikke ${absent.join(' og ')}`;
};

/**
 * The duties of list year Y in the open workspace: day care counted on 30 September Y under the list in force
 * (1 December Y − 1), the learning offer for the 1-year-olds of that count, the schools whose pupils on 1 January Y
 * make language tests obligatory, and the § 51 b areas of Y. A section whose table, list or snapshot is missing
 * is missing with why, and a decision resting on an unknown is unknown, never "no duty".
 */
export async function computeDuties(db: Db, input: DutiesInput): Promise<Duties> {
  const y = input.listYear;
  const present = new Set(await workspaceTables(db));
  const countYear = y;
  const residenceYear = daycareResidenceYear(input.options, countYear);
  const schoolLists = languageTestListYears(input.options, y);
  const snapshots = new Set(
    (await db.all<{ year: number }>(residenceYearsQuery([residenceYear, y]))).map((r) => r.year),
  );
  for (const q of dutySetupQueries(
    input.lists,
    [...snapshots],
    input.assumptions,
    present.has('dwelling_events'),
  ))
    await db.run(q);

  const noSnapshot = (year: number): string | null =>
    snapshots.has(year) ? null : `leveringen har ikke bopælsdata (1. januar) for ${year}`;

  // Day care: the 30 % rule and the learning offer.
  const yearsIn = async (table: 'daycare' | 'school_enrolment'): Promise<Set<number>> =>
    present.has(table)
      ? new Set((await db.all<{ year: number }>(yearsOfQuery(table))).map((r) => r.year))
      : new Set<number>();
  const daycareYears = await yearsIn('daycare');
  const daycareWhy =
    absentWhy(['daycare', 'daycare_institutions'], present) ??
    (daycareYears.has(countYear) ? null : `daycare har ingen børn pr. 30. september ${countYear}`);
  const residenceWhy = noSnapshot(residenceYear) ?? unknownWhyOf(input.lists, [y - 1]);
  let daycare: Duties['daycare'];
  if (daycareWhy !== null) daycare = { kind: 'missing', why: daycareWhy };
  else {
    const rows = await db.all<DaycareShareRow>(
      daycareSharesQuery([{ countYear, listYear: y - 1, residenceYear }], daycareKinds(input.options)),
    );
    daycare = {
      kind: 'computed',
      countYear,
      listYear: y - 1,
      residenceYear,
      institutions: rows.map((r) => {
        const fromUdsat = residenceWhy === null ? r.from_udsat : null;
        return {
          institutionId: r.institution_id,
          municipalityCode: r.municipality_code,
          kind: r.kind,
          enrolled: r.enrolled,
          fromUdsat,
          decision: daycareDecision({
            year: countYear,
            enrolled: r.enrolled,
            fromUdsat,
            ...(residenceWhy === null ? {} : { unknownWhy: residenceWhy }),
            dispensationUntil: r.dispensation_until,
          }),
        };
      }),
    };
  }
  let learningOffer: Duties['learningOffer'];
  const inForce = input.lists.get(y - 1);
  if (!present.has('daycare')) learningOffer = { kind: 'missing', why: 'leveringen har ikke daycare' };
  else if (!daycareYears.has(countYear))
    learningOffer = { kind: 'missing', why: `daycare har ingen børn pr. 30. september ${countYear}` };
  else if (residenceWhy !== null || inForce?.kind !== 'known')
    learningOffer = { kind: 'missing', why: residenceWhy ?? `listen pr. 1. december ${y - 1} er ukendt` };
  else {
    const rows = await db.all<OneYearOldsRow>(
      oneYearOldsQuery([{ countYear, residenceYear }], inForce.areas),
    );
    learningOffer = {
      kind: 'computed',
      countYear,
      listYear: y - 1,
      residenceYear,
      municipalities: rows.map((r) => ({
        municipalityCode: r.municipality_code,
        children: r.children,
        enrolled: r.enrolled,
        notEnrolled: r.children - r.enrolled,
      })),
    };
  }

  // Language tests.
  let languageTests: Duties['languageTests'];
  const schoolsWhy =
    absentWhy(['schools', 'school_enrolment'], present) ??
    ((await yearsIn('school_enrolment')).has(y)
      ? null
      : `school_enrolment har ingen elever pr. 1. januar ${y}`);
  if (schoolsWhy !== null) languageTests = { kind: 'missing', why: schoolsWhy };
  else {
    const listedWhy = noSnapshot(y) ?? unknownWhyOf(input.lists, schoolLists);
    const rows = await db.all<SchoolShareRow>(schoolSharesQuery(y, schoolLists));
    languageTests = {
      kind: 'computed',
      pupilsYear: y,
      listYears: schoolLists,
      schools: rows.map((r) => {
        const fromListed = listedWhy === null ? r.from_listed : null;
        return {
          schoolId: r.school_id,
          name: r.name,
          municipalityCode: r.municipality_code,
          kind: r.kind,
          pupils: r.pupils,
          fromListed,
          decision: languageTestDecision({
            pupils: r.pupils,
            fromListed,
            ...(listedWhy === null ? {} : { unknownWhy: listedWhy }),
          }),
        };
      }),
    };
  }

  // § 51 b.
  const counts = new Map(
    (await db.all<KombineretUdlejningCountsRow>(kombineretUdlejningCountsQuery(input.runId, y))).map((r) => [
      r.area_id,
      r,
    ]),
  );
  const kombineretUdlejning: Duties['kombineretUdlejning'] =
    input.areas.length === 0
      ? { kind: 'missing', why: `ingen områder vurderet i ${y}` }
      : {
          kind: 'computed',
          areas: input.areas.map((a) => {
            const c = counts.get(a.areaId);
            const k1 = c === undefined ? null : k1PctOf(c);
            return {
              areaId: a.areaId,
              name: a.name,
              municipalityCode: a.municipalityCode,
              residents: a.residents,
              k1DataYear: k1 === null ? null : (c?.data_year ?? null),
              decision: kombineretUdlejningDecision({
                residents: a.residents,
                k1Pct: k1,
                unknownWhy:
                  c === undefined
                    ? `andelen uden tilknytning er ikke opgjort for ${y}`
                    : 'ingen beboere i alderen 18-64 år',
              }),
            };
          }),
        };
  return { listYear: y, options: input.options, daycare, learningOffer, languageTests, kombineretUdlejning };
}

function k1PctOf(c: KombineretUdlejningCountsRow): Rational | null {
  const n = rationalFromDecimal(c.numerator);
  if (n === null) throw new Error(`indicator_counts: numerator is not a decimal: ${c.numerator}`);
  if (c.denominator <= 0) return null;
  return mul(HUNDRED, div(n, rational(c.denominator)));
}
