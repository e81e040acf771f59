import type { ContractTable, OptionalDeliveryTable } from '../delivery/deliverySchema.ts';
import { quoteIdent } from '../sql.ts';
import type { RowRule, ValidationRule, WarningRule } from './validationRule.ts';
import {
  PERSON_ID_MASK,
  dateRule,
  municipalityRule,
  personReference,
  row,
  set,
  uniqueKey,
  yearRule,
} from './validationRules.ts';

/** Events after which a dwelling no longer exists (contract §A2 `dwelling_events`). */
const REMOVING_EVENTS = `('demolished', 'merged')`;

/** The first day a dwelling no longer exists: the day after its first demolition or merger (one row per dwelling). */
const REMOVED_SQL = `
        SELECT dwelling_id, min(event_date) AS removed_on FROM dwelling_events
        WHERE event IN ${REMOVING_EVENTS} AND event_date IS NOT NULL
        GROUP BY dwelling_id`;

function lookupRule(
  table: ContractTable,
  column: string,
  target: ContractTable,
  targetColumn: string,
  alias: string,
): RowRule {
  return row({
    id: `${table}.${column}.reference`,
    table,
    column,
    category: 'reference',
    messageDa: `${column} findes ikke i ${target}`,
    messageEn: `${column} is not in ${target}`,
    offending: `NOT EXISTS (SELECT 1 FROM ${quoteIdent(target)} AS ${alias} WHERE ${alias}.${quoteIdent(targetColumn)} = t.${quoteIdent(column)})`,
  });
}

function dwellingReference(table: ContractTable): RowRule {
  return row({
    id: `${table}.dwelling_id.reference`,
    table,
    column: 'dwelling_id',
    category: 'reference',
    messageDa: 'boligen findes ikke i dwellings',
    messageEn: 'dwelling is not in dwellings',
    offending: 'd.dwelling_id IS NULL',
  });
}

/** `lo ≤ column` (and `column ≤ hi` where given), with the bounds as parameters. */
function rangeRule(table: ContractTable, column: string, lo: number, hi?: number): RowRule {
  const [pLo, pHi] = [`${table}_${column}_lo`, `${table}_${column}_hi`];
  const c = `t.${quoteIdent(column)}`;
  return row({
    id: `${table}.${column}.range`,
    table,
    column,
    category: 'domain',
    messageDa:
      hi === undefined ? `værdien skal være mindst ${lo}` : `værdien skal ligge mellem ${lo} og ${hi}`,
    messageEn:
      hi === undefined ? `the value must be at least ${lo}` : `the value must be between ${lo} and ${hi}`,
    offending: hi === undefined ? `${c} < $${pLo}` : `${c} < $${pLo} OR ${c} > $${pHi}`,
    params: hi === undefined ? { [pLo]: lo } : { [pLo]: lo, [pHi]: hi },
  });
}

/** The yearly person rules of an A3 table: plausible year, person in persons, key unique. */
function personTableRules(
  table: ContractTable,
  yearColumn: string,
  key: readonly string[],
): ValidationRule[] {
  return [yearRule(table, yearColumn), personReference(table), uniqueKey(table, key)];
}

const PLAN_COUNTS = [
  'public_family_dwellings',
  'other_dwellings',
  'commercial_m2',
  'relabelled',
  'sold',
  'demolished',
  'built_dwellings',
  'built_commercial_units',
] as const;

/** Earliest plausible date of a dwelling event, letting or plan approval. */
const EVENT_DATE_MIN = '1900-01-01';

/**
 * The rules of the optional tables of contract §A2/§A3 (beyond required values and enums, which follow from the
 * schema), and the rules of §A tables that look an optional table up (`residence`), for the optional tables in
 * `present`. Every rule rejects its rows (as in §A); conditions that only make a value meaningless are
 * `optionalTableWarnings`.
 */
export function optionalTableRules(
  present: readonly OptionalDeliveryTable[],
): Partial<Record<ContractTable, ValidationRule[]>> {
  const has = (t: OptionalDeliveryTable): boolean => present.includes(t);
  const events = has('dwelling_events');
  return {
    residence: events
      ? [
          set({
            id: 'residence.dwelling_id.afterRemoval',
            table: 'residence',
            column: 'dwelling_id',
            category: 'time',
            messageDa: 'boligen er nedrevet eller sammenlagt før 1. januar i bopælsåret (dwelling_events)',
            messageEn: 'the dwelling was demolished or merged before 1 January of the residence year',
            select: `
      WITH removed AS (${REMOVED_SQL}
      )
      SELECT DISTINCT t._row AS row_nr,
        t.dwelling_id || ' (' || strftime(r.removed_on, '%Y-%m-%d') || ')' AS value
      FROM residence AS t JOIN removed AS r ON r.dwelling_id = t.dwelling_id
      WHERE r.removed_on < make_date(t.year, 1, 1)`,
          }),
        ]
      : [],
    dwelling_events: [
      dwellingReference('dwelling_events'),
      dateRule('dwelling_events', 'event_date', EVENT_DATE_MIN),
      row({
        id: 'dwelling_events.kind_after.required',
        table: 'dwelling_events',
        column: 'kind_after',
        category: 'required',
        messageDa: 'kind_after mangler for en omdannelse (relabelled)',
        messageEn: 'kind_after is missing for a relabelling',
        offending: `t.event = 'relabelled' AND t.kind_after IS NULL`,
        value: `'event=relabelled'`,
      }),
      row({
        id: 'dwelling_events.ownership_after.required',
        table: 'dwelling_events',
        column: 'ownership_after',
        category: 'required',
        messageDa: 'ownership_after mangler for et salg (sold)',
        messageEn: 'ownership_after is missing for a sale',
        offending: `t.event = 'sold' AND t.ownership_after IS NULL`,
        value: `'event=sold'`,
      }),
    ],
    commercial_floor: [yearRule('commercial_floor', 'year'), rangeRule('commercial_floor', 'floor_m2', 0)],
    lettings: [
      dwellingReference('lettings'),
      dateRule('lettings', 'letting_date', EVENT_DATE_MIN),
      set({
        id: 'lettings.dwelling_id.notAlmen',
        table: 'lettings',
        column: 'dwelling_id',
        category: 'reference',
        messageDa: events
          ? 'boligen er ikke almen på udlejningsdagen (som opført, eller solgt før)'
          : 'boligen er ikke almen (dwellings.ownership)',
        messageEn: events
          ? 'the dwelling is not almen on the letting date (as built, or sold before)'
          : 'the dwelling is not almen (dwellings.ownership)',
        select: events
          ? `
      WITH sold AS (
        SELECT dwelling_id, event_date, ownership_after FROM dwelling_events
        WHERE event = 'sold' AND event_date IS NOT NULL AND ownership_after IS NOT NULL
      ),
      owned AS (
        SELECT t._row, t.dwelling_id, coalesce(s.ownership_after, d.ownership) AS ownership
        FROM lettings AS t
        JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id
        ASOF LEFT JOIN sold AS s ON s.dwelling_id = t.dwelling_id AND s.event_date < t.letting_date
        WHERE t.letting_date IS NOT NULL
      )
      SELECT DISTINCT _row AS row_nr, dwelling_id || ' (' || ownership || ')' AS value
      FROM owned WHERE ownership <> 'almen'`
          : `
      SELECT DISTINCT t._row AS row_nr, t.dwelling_id || ' (' || d.ownership || ')' AS value
      FROM lettings AS t JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id
      WHERE d.ownership <> 'almen'`,
      }),
      ...(events
        ? [
            set({
              id: 'lettings.letting_date.afterRemoval',
              table: 'lettings',
              column: 'letting_date',
              category: 'time',
              messageDa: 'udlejet efter at boligen er nedrevet eller sammenlagt (dwelling_events)',
              messageEn: 'let after the dwelling was demolished or merged',
              select: `
      WITH removed AS (${REMOVED_SQL}
      )
      SELECT DISTINCT t._row AS row_nr,
        strftime(t.letting_date, '%Y-%m-%d') || ' (fjernet ' || strftime(r.removed_on, '%Y-%m-%d') || ')' AS value
      FROM lettings AS t JOIN removed AS r ON r.dwelling_id = t.dwelling_id
      WHERE r.removed_on < t.letting_date`,
            }),
          ]
        : []),
    ],
    vacancies: [
      yearRule('vacancies', 'year'),
      dwellingReference('vacancies'),
      uniqueKey('vacancies', ['year', 'dwelling_id']),
    ],
    development_plans: [
      lookupRule('development_plans', 'area_id', 'areas', 'area_id', 'a'),
      dateRule('development_plans', 'approved_date', EVENT_DATE_MIN),
      yearRule('development_plans', 'baseline_year'),
      rangeRule('development_plans', 'target_pct', 0, 100),
      uniqueKey('development_plans', ['area_id']),
    ],
    plan_reports: [
      lookupRule('plan_reports', 'area_id', 'development_plans', 'area_id', 'dp'),
      yearRule('plan_reports', 'report_year'),
      yearRule('plan_reports', 'year'),
      ...PLAN_COUNTS.map((c) => rangeRule('plan_reports', c, 0)),
      row({
        id: 'plan_reports.year.realisedAfterReport',
        table: 'plan_reports',
        column: 'year',
        category: 'time',
        messageDa: 'en realiseret linje for et år efter indberetningsåret',
        messageEn: 'a realised line for a year after the report year',
        offending: `t.kind = 'realised' AND t.year > t.report_year`,
        value: `CAST(t.year AS VARCHAR) || ' > ' || CAST(t.report_year AS VARCHAR)`,
      }),
      row({
        id: 'plan_reports.public_family_dwellings.shareUndefined',
        table: 'plan_reports',
        column: 'public_family_dwellings',
        category: 'domain',
        messageDa: 'linjen har ingen boliger og intet erhvervsareal: andelen er udefineret',
        messageEn: 'the line has no dwellings and no commercial floor area: the share is undefined',
        offending: 't.public_family_dwellings = 0 AND t.other_dwellings = 0 AND t.commercial_m2 = 0',
        value: `'0 + 0 + 0/75'`,
      }),
      uniqueKey('plan_reports', ['area_id', 'report_year', 'year']),
    ],
    employment: personTableRules('employment', 'year', ['year', 'person_id']),
    families: [
      ...personTableRules('families', 'year', ['year', 'person_id']),
      row({
        id: 'families.person_id.notResident',
        table: 'families',
        column: 'person_id',
        category: 'reference',
        messageDa: 'personen har ingen bopæl (residence) 1. januar samme år',
        messageEn: 'the person has no residence row on 1 January of the year',
        offending: 'r.person_id IS NULL',
        value: PERSON_ID_MASK,
      }),
      set({
        id: 'families.role.conflict',
        table: 'families',
        column: 'role',
        category: 'key',
        messageDa: 'personen er både voksen og barn samme år',
        messageEn: 'the person is both adult and child in the same year',
        select: `
      WITH both_roles AS (
        SELECT year, person_id FROM families WHERE role IS NOT NULL
        GROUP BY ALL HAVING count(DISTINCT role) > 1
      )
      SELECT t._row AS row_nr, 'year=' || CAST(t.year AS VARCHAR) || ', ' || t.role AS value
      FROM families AS t JOIN both_roles USING (year, person_id)`,
      }),
    ],
    schools: [municipalityRule('schools'), uniqueKey('schools', ['school_id'])],
    school_enrolment: [
      ...personTableRules('school_enrolment', 'year', ['year', 'person_id']),
      lookupRule('school_enrolment', 'school_id', 'schools', 'school_id', 's'),
      rangeRule('school_enrolment', 'grade', 0, 10),
    ],
    exam_results: [
      ...personTableRules('exam_results', 'school_year', ['school_year', 'person_id']),
      rangeRule('exam_results', 'exams_bound', 1),
      row({
        id: 'exam_results.exams_taken.range',
        table: 'exam_results',
        column: 'exams_taken',
        category: 'domain',
        messageDa: 'aflagte prøver skal ligge mellem 0 og exams_bound',
        messageEn: 'exams taken must be between 0 and exams_bound',
        offending: 't.exams_taken < 0 OR t.exams_taken > t.exams_bound',
        value: `CAST(t.exams_taken AS VARCHAR) || ' af ' || CAST(t.exams_bound AS VARCHAR)`,
      }),
      row({
        id: 'exam_results.grade_sum.required',
        table: 'exam_results',
        column: 'grade_sum',
        category: 'required',
        messageDa: 'karaktersummen mangler for en elev, der har aflagt prøver',
        messageEn: 'the grade sum is missing for a pupil who took exams',
        offending: 't.exams_taken > 0 AND t.grade_sum IS NULL',
        value: `'exams_taken=' || CAST(t.exams_taken AS VARCHAR)`,
      }),
      row({
        id: 'exam_results.grade_sum.withoutExams',
        table: 'exam_results',
        column: 'grade_sum',
        category: 'domain',
        messageDa: 'karaktersum angivet for en elev uden aflagte prøver (skal være tom)',
        messageEn: 'a grade sum for a pupil who took no exam (must be empty)',
        offending: 't.exams_taken = 0',
      }),
      row({
        id: 'exam_results.grade_sum.range',
        table: 'exam_results',
        column: 'grade_sum',
        category: 'domain',
        messageDa: 'karaktersummen ligger uden for 7-trinsskalaen (−3 til 12 pr. aflagt prøve)',
        messageEn: 'the grade sum is outside the 7-step scale (−3 to 12 per exam taken)',
        offending:
          't.exams_taken > 0 AND (t.grade_sum < -3 * t.exams_taken OR t.grade_sum > 12 * t.exams_taken)',
      }),
    ],
    daycare_institutions: [
      municipalityRule('daycare_institutions'),
      yearRule('daycare_institutions', 'dispensation_until'),
      uniqueKey('daycare_institutions', ['institution_id']),
    ],
    daycare: [
      ...personTableRules('daycare', 'year', ['year', 'person_id']),
      lookupRule('daycare', 'institution_id', 'daycare_institutions', 'institution_id', 'i'),
    ],
    language_tests: [
      ...personTableRules('language_tests', 'school_year', ['school_year', 'person_id', 'attempt']),
      lookupRule('language_tests', 'school_id', 'schools', 'school_id', 's'),
      rangeRule('language_tests', 'grade', 0, 9),
      rangeRule('language_tests', 'attempt', 1, 4),
    ],
    absence: [
      ...personTableRules('absence', 'school_year', ['school_year', 'quarter', 'person_id']),
      rangeRule('absence', 'unlawful_days', 0),
      rangeRule('absence', 'school_days', 1),
      row({
        id: 'absence.unlawful_days.aboveSchoolDays',
        table: 'absence',
        column: 'unlawful_days',
        category: 'domain',
        messageDa: 'flere dages ulovligt fravær end skoledage i kvartalet',
        messageEn: 'more days of unlawful absence than school days in the quarter',
        offending: 't.unlawful_days > t.school_days',
        value: `CAST(t.unlawful_days AS VARCHAR) || ' > ' || CAST(t.school_days AS VARCHAR)`,
      }),
    ],
  };
}

/** Conditions of the optional tables that keep the row and are reported as warnings (for the tables in `present`). */
export function optionalTableWarnings(present: readonly OptionalDeliveryTable[]): readonly WarningRule[] {
  const all: WarningRule[] = [
    {
      id: 'dwelling_events.strategic.notDemolished',
      table: 'dwelling_events',
      column: 'strategic',
      messageDa: 'strategic er kun meningsfuld for en nedrivning og ignoreres her',
      messageEn: 'strategic is only meaningful for a demolition and is ignored here',
      select: `
      SELECT t._row AS row_nr, t.event || ', strategic=' || CAST(t.strategic AS VARCHAR) AS value
      FROM dwelling_events AS t
      WHERE t.strategic IS NOT NULL AND t.event <> 'demolished'`,
    },
  ];
  return all.filter((w) => present.includes(w.table as OptionalDeliveryTable));
}
