import { query, type Query } from '../sql.ts';

/** One counted year of day care: the 30 September count, the list in force and the residence snapshot read. */
export interface DaycareYear {
  readonly countYear: number;
  readonly listYear: number;
  readonly residenceYear: number;
}

/**
 * Per (count year, institution of the counted kinds): the children enrolled on 30 September and those of them
 * living, at the residence snapshot, in an area on the udsatte list in force (`duty_udsat_lists`).
 */
export function daycareSharesQuery(years: readonly DaycareYear[], kinds: readonly string[]): Query {
  return query(
    `
    WITH w AS (
      SELECT CAST(unnest($count_years) AS INTEGER) AS count_year,
        CAST(unnest($list_years) AS INTEGER) AS list_year,
        CAST(unnest($residence_years) AS INTEGER) AS residence_year
    )
    SELECT w.count_year, i.institution_id, i.municipality_code, i.kind, i.dispensation_until,
      count(*) AS enrolled, count(l.area_id) AS from_udsat
    FROM daycare AS dc
    JOIN w ON w.count_year = dc.year
    JOIN daycare_institutions AS i ON i.institution_id = dc.institution_id
    LEFT JOIN duty_area_residence AS ar ON ar.person_id = dc.person_id AND ar.year = w.residence_year
    LEFT JOIN duty_udsat_lists AS l ON l.area_id = ar.area_id AND l.list_year = w.list_year
    WHERE list_contains($kinds, i.kind)
    GROUP BY ALL
    ORDER BY w.count_year, i.municipality_code, i.institution_id
    `,
    {
      count_years: years.map((y) => y.countYear),
      list_years: years.map((y) => y.listYear),
      residence_years: years.map((y) => y.residenceYear),
      kinds: [...kinds],
    },
  );
}

/** A row of `daycareSharesQuery`. */
export interface DaycareShareRow {
  count_year: number;
  institution_id: string;
  municipality_code: string;
  kind: string;
  dispensation_until: number | null;
  enrolled: number;
  from_udsat: number;
}

/**
 * Per (count year, municipality of the area): children aged 1 on 30 September of the count year (born from
 * 1 October two years before to 30 September the year before) living, at the residence snapshot, in one of
 * `areas`, and how many of them are enrolled in any day care (any kind, family day care included) that year.
 */
export function oneYearOldsQuery(
  years: readonly { readonly countYear: number; readonly residenceYear: number }[],
  areas: readonly string[],
): Query {
  return query(
    `
    WITH w AS (
      SELECT CAST(unnest($count_years) AS INTEGER) AS count_year,
        CAST(unnest($residence_years) AS INTEGER) AS residence_year
    )
    SELECT w.count_year, a.municipality_code,
      count(*) AS children,
      count(dc.person_id) AS enrolled
    FROM w
    JOIN duty_area_residence AS ar ON ar.year = w.residence_year
    JOIN areas AS a ON a.area_id = ar.area_id
    JOIN persons AS p ON p.person_id = ar.person_id
    LEFT JOIN daycare AS dc ON dc.person_id = ar.person_id AND dc.year = w.count_year
    WHERE list_contains(CAST($areas AS VARCHAR[]), ar.area_id)
      AND p.birth_date > make_date(w.count_year - 2, 9, 30)
      AND p.birth_date <= make_date(w.count_year - 1, 9, 30)
    GROUP BY ALL
    ORDER BY w.count_year, a.municipality_code
    `,
    {
      count_years: years.map((y) => y.countYear),
      residence_years: years.map((y) => y.residenceYear),
      areas: [...areas],
    },
  );
}

/** A row of `oneYearOldsQuery`. */
export interface OneYearOldsRow {
  count_year: number;
  municipality_code: string;
  children: number;
  enrolled: number;
}
