/**
 * Parameters of the generator's people tables (data contract §A3: employment, families, schools, day care),
 * with the seed report's figures they aim at (Redegørelse om parallelsamfund 2025, chapters 4–5). Where the
 * seed prints no value (its figures are charts), the level is an assumption named here and documented in
 * docs/synthetic-denmark.md.
 */

/**
 * The generator's intended udsatte list of 1 December of each list year: the most deprived areas by latent
 * deprivation that year, this share of the delivery's areas (the generator does not compute the lists; the
 * shares follow the counts the rules gave on the generated data at scale 1.0 before the fig 4.1 settings, 52 of
 * 196 in 2018 falling to 15 in 2024; with them the rules give 40 falling to 8, docs/synthetic-denmark.md). 2017 stands for the ghetto list in force in 2018. Used for who lives "in a listed area" in the
 * schools' and day care's models only.
 */
export const INTENDED_UDSAT_SHARE: Readonly<Record<number, number>> = {
  2017: 0.22,
  2018: 0.26,
  2019: 0.25,
  2020: 0.22,
  2021: 0.17,
  2022: 0.12,
  2023: 0.09,
  2024: 0.08,
};
/** Share for list years after the last one above. */
export const INTENDED_UDSAT_SHARE_LATER = 0.08;

/**
 * Employment at the end of November: logit shifts added to the logit of being outside job and education
 * (`outside_x`) to give the logit of not being employed, by origin group (Danish, western, MENAPT, other
 * non-western), immigrant (ie 2) or not, and sex. A person outside job and education at any time of the year is
 * not employed; students are employed with `STUDENT_EMPLOYED`. Calibrated to the national levels of 25–64 below.
 */
export const EMPLOYMENT_SHIFT = {
  danish: { m: 0.96, f: 1.705 },
  western: { m: 1.64, f: 2.875 },
  menapt: { m: 2.07, f: 4.3 },
  otherNonwestern: { m: 1.325, f: 2.59 },
  /** Extra for immigrants (ie 2) of a non-Danish group. */
  immigrant: 0.375,
  /** By age: 16–24, 25–54, 55–59, 60–64. */
  age: [0.75, 0, 0.525, 1.65],
  /**
   * The shift is multiplied by 1 − this × disadvantage z (the logit outside job and education carries z already):
   * at 1 the most disadvantaged who are not outside job and education are employed almost whatever their group,
   * so the parallelsamfund areas' employment (fig 4.1) follows their K1 as the seed's does (about half employed
   * where K1 is a little over 40 pct.).
   */
  disadvantageDamping: 1,
} as const;
export const STUDENT_EMPLOYED = 0.5;

/**
 * Employment rate 25–64 (pct.), the seed's figure 4.1, 2023: parallelsamfund printed in the text; the whole
 * country's bars carry no printed values, so these are assumptions near the integration barometer's levels.
 */
export const EMPLOYMENT_TARGETS = {
  country: { danish: [82, 79], western: [76, 68], menapt: [63, 47], otherNonwestern: [70, 62] },
  parallelsamfund: { danish: [56, 53], western: [78, 67], menapt: [49, 34], otherNonwestern: [59, 51] },
} as const;

/**
 * Write only families with children (a child 0–17, or a young adult 18–24 living at home): the report uses
 * families through their children only (figures 4.2 and 4.6). `false` also writes every other resident aged 18 or
 * more as a one-person family of their own (the household model forms families around children only).
 */
export const FAMILIES_WITH_CHILDREN_ONLY = true;

/** Young adults 18 … 24: probability of living at home as a child of a family (a person-level draw, so who leaves home stays out). */
export const YOUNG_ADULT_AT_HOME = [0.75, 0.62, 0.48, 0.36, 0.26, 0.18, 0.1] as const;

/**
 * The household model of `families` (familyQueries.ts): every resident child (0–17, and the young adults at home)
 * is in one family a year with one or two adults of the same location and, where possible, origin group.
 */
export const FAMILY_MODEL = {
  /**
   * Chance that a family has one adult (drawn per family, independent of its number of children, so it is also
   * the share of children with a single adult before the fallbacks): Statistics Denmark counts about a fifth of
   * children 0–17 living with one parent.
   */
  singleAdultShare: 0.2,
  /**
   * Share of children by the number of children in their family (1, 2, 3, 4): families with children 0–17 in
   * Denmark have about 44 / 41 / 12 / 3 % one, two, three, four or more children (1,75 on average), so 25 / 47 /
   * 21 / 7 % of the children are in families of that size.
   */
  childrenByFamilySize: [0.25, 0.47, 0.21, 0.07],
  /**
   * Siblings are children next to each other in the order of age + this many years × a uniform draw, within
   * their location and origin group: the age difference of two siblings is at most this (about a third of it on
   * average).
   */
  siblingSpread: 8,
  /**
   * The adults' age when the family's oldest child was born, the target of the matching: normal with this mean
   * and standard deviation (years; Danish mothers are about 29–30 at their first birth, fathers 2–3 years older),
   * kept within `ageGap`.
   */
  parentAgeAtOldest: { mean: 29, sd: 5 },
  /** Every adult of a family is this many years older than each of its children, at least and at most. */
  ageGap: [18, 45],
} as const;

/** Schools: pupils per folkeskole and per free/private school, and the share of pupils in free/private schools. */
export const SCHOOLS = {
  pupilsPerFolkeskole: 450,
  pupilsPerFriPrivat: 180,
  friPrivatShare: 0.17,
  /** Share of pupils in an area who go to the area's nearby school (the rest choose among the municipality's). */
  areaNearbyShare: 0.75,
  /**
   * Share of the pupils in a municipality's ordinary housing who live in the district of a school near one of its
   * areas and go there, by origin (non-western families live near the areas more often than others): the seed's
   * figure 4.4 has 7 % of Danish pupils in the whole country in schools with at least 25 % non-western pupils.
   */
  areaDistrictShare: { danish: 0.08, western: 0.1, nonwestern: 0.7 },
  /** Share of 16-year-olds in 10th grade. */
  tenthGrade: 0.45,
} as const;

/**
 * 9th-grade exams: mean grade of a pupil by origin group and sex (before the disadvantage term), the number of
 * bound exams (7, 8 with 0.25, 9 with 0.05), and the chance of taking none or only some. The seed's figure 4.3
 * has no printed values: the means aim at about 7.5 / 6.8 (girls / boys) for Danish origin and 6.3 / 5.3 for
 * MENAPT, alike in the parallelsamfund areas and the whole country.
 */
export const EXAMS = {
  mean: {
    danish: { m: 7.1, f: 7.8 },
    western: { m: 7.0, f: 7.6 },
    menapt: { m: 5.6, f: 6.6 },
    otherNonwestern: { m: 6.0, f: 6.9 },
  },
  disadvantage: 2.2,
  personSd: 1.7,
  examSd: 1.3,
  noneBase: 0.02,
  partBase: 0.04,
  /** Added to both in an area on the udsatte list in force. */
  listedExtra: 0.03,
} as const;

/**
 * Day care on 30 September: enrolment by age (0, 1, 2, 3–5), lower for non-western children; 1-year-olds in an
 * area on the udsatte list in force (the obligatory learning offer from 2019) reach the seed's table 5.3
 * (75 pct. 2018, 77 pct. 2019, 88–90 pct. 2020–2023).
 */
export const DAYCARE = {
  byAge: [0.17, 0.82, 0.93, 0.97],
  nonwesternFactor: 0.88,
  listedOneYearOld: { 2018: 0.75, 2019: 0.77, later: 0.9 } as const,
  childrenPerInstitution: 60,
  /** Share of an area's enrolled children in its nearby institutions: from `areaNearbyMin` to + `areaNearbySpread` by area. */
  areaNearbyMin: 0.55,
  areaNearbySpread: 0.4,
  /** Kinds of the general institutions (cumulative shares): kommunal, selvejende, privat, dagpleje. */
  kindShares: [0.62, 0.78, 0.88, 1],
  /** Share of an area's nearby institutions with a dispensation from the 30 % rule, and its last year. */
  dispensationShare: 0.6,
  dispensationUntil: 2024,
} as const;

/**
 * Language tests (from school year 2019/20) at schools where more than 30 % of pupils live in areas on an
 * udsatte list of the last three years: every pupil of grade 0, and pupils of grades 1–9 in Danish as a second
 * language (this share of their non-western pupils). Chance of being ready at attempt 1, 2, 3, 4 (4 voluntary in
 * grade 0, taken with `voluntaryFourth`): the seed's tables 5.6 and 5.8.
 */
export const LANGUAGE_TESTS = {
  fromSchoolYear: 2020,
  secondLanguageShare: 0.06,
  readyGrade0: [0.82, 0.3, 0.5, 0.2],
  readyHigher: [0.58, 0.27, 0.23, 0.22],
  voluntaryFourth: 0.5,
  /**
   * Chance that a tested pupil repeats the grade the next school year (at most once): never found ready in grade 0
   * (the seed's table 5.5: 12 of the 18 not ready in 2023/24), never ready in grades 1–9 (table 5.7: most move up
   * all the same), and found ready (a few who do not move up).
   */
  repeat: { notReadyGrade0: 0.65, notReadyHigher: 0.3, ready: 0.004 },
} as const;

/**
 * Unlawful absence per quarter (folkeskole pupils, from school year 2018/19): school days per quarter q3, q4,
 * q1, q2 (minus 0–2 by school year), the share of absence-prone pupils (rising with disadvantage and in listed
 * areas) and their chance of at least 15 % unlawful absence per quarter: the seed's table 5.4 (about 0.5–1.3 %
 * of pupils per quarter, 2 % in a school year).
 */
export const ABSENCE = {
  fromSchoolYear: 2019,
  schoolDays: [45, 57, 60, 50],
  proneBase: 0.006,
  proneDisadvantage: 0.03,
  proneListed: 0.03,
  highByQuarter: [0.22, 0.3, 0.4, 0.45],
} as const;
