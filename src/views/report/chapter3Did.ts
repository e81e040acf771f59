import { didProblemTextDa } from '../../core/did/didProblemText.ts';
import type { DidDesignProblem, DidOutcome, DidResult } from '../../core/did/didModel.ts';
import { estimateDid } from '../../core/did/estimateDid.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { DidPanel } from '../../analytics/socialExport/socialExportAnalyses.ts';
import {
  didOptionsFrom,
  type DidOutcomeKind,
  type SocialExportOptions,
} from '../../core/socialExport/socialExportOptions.ts';

/** The difference in differences of one outcome as the report and `boligmonitor did` show it. */
export interface ChapterDid {
  readonly outcome: DidOutcomeKind;
  readonly options: SocialExportOptions;
  /** Move years in the panel, and the years of 2017…Y left out with why; empty when there is no panel. */
  readonly years: readonly number[];
  readonly missingYears: readonly { readonly year: number; readonly why: string }[];
  readonly estimate:
    | { readonly kind: 'estimated'; readonly result: DidResult }
    | { readonly kind: 'notEstimated'; readonly whyDa: string; readonly problem: DidDesignProblem | null };
}

/** The Danish name of an outcome: what the share is of. */
export const OUTCOME_DA: Readonly<Record<DidOutcomeKind, string>> = {
  any: 'fraflyttere til andre kommuner',
  control: 'fraflyttere til kommuner uden forebyggelsesområder',
};

/** Estimates the DiD of one outcome on its panel (or says why not: no panel, or a design the data cannot support). */
export function chapterDidFrom(
  outcome: DidOutcomeKind,
  panel: DidPanel,
  options: SocialExportOptions,
  estimate: (
    rows: Parameters<typeof estimateDid>[0],
    o: Parameters<typeof estimateDid>[1],
  ) => DidOutcome = estimateDid,
): ChapterDid {
  if (panel.kind === 'missing') {
    return {
      outcome,
      options,
      years: [],
      missingYears: [],
      estimate: { kind: 'notEstimated', whyDa: `Modellen kan ikke estimeres: ${panel.why}.`, problem: null },
    };
  }
  const r = estimate(panel.rows, didOptionsFrom(options));
  return {
    outcome,
    options,
    years: panel.years,
    missingYears: panel.missingYears,
    estimate: r.ok
      ? { kind: 'estimated', result: r.result }
      : { kind: 'notEstimated', whyDa: didProblemTextDa(r.problem), problem: r.problem },
  };
}

/** A signed Danish number with a true minus sign: `−0,8`. */
export const signedDa = (x: number, decimals = 1): string => formatNumberDa(x, decimals).replace(/^-/, '−');

/** A p-value in Danish: `0,24`, `0,003`, `< 0,001`. */
export const pValueDa = (p: number): string => (p < 0.001 ? '< 0,001' : formatNumberDa(p, p < 0.01 ? 3 : 2));

/** A p-value as a phrase: `p = 0,24`, `p < 0,001`. */
export const pTextDa = (p: number): string => (p < 0.001 ? 'p < 0,001' : `p = ${pValueDa(p)}`);

/** Whether the 95 % interval covers 0 (no significant difference at the 5 % level). */
export const coversZero = (ci: readonly [number, number]): boolean => ci[0] <= 0 && 0 <= ci[1];

/** `β = 1,2 procentpoint (95 pct.-konfidensinterval: −0,8 til 3,2)`, or that no estimate was made. */
export function didEstimateTextDa(d: ChapterDid): string {
  if (d.estimate.kind !== 'estimated') return 'intet estimat';
  const m = d.estimate.result.model;
  return (
    `β = ${signedDa(m.beta)} procentpoint (95 pct.-konfidensinterval: ${signedDa(m.ci95[0])} til ` +
    `${signedDa(m.ci95[1])})`
  );
}

/**
 * What the estimate says, in Danish: "ingen signifikant forskel" only when the interval covers 0; a
 * significant rise or fall otherwise; and without an estimate, why (the design problem or the missing panel).
 */
export function didConclusionTextDa(d: ChapterDid): string {
  const post = d.options.socialExportPostFrom;
  if (d.estimate.kind !== 'estimated')
    return `Der er ikke beregnet et difference-in-differences-estimat. ${d.estimate.whyDa}`;
  const m = d.estimate.result.model;
  const of = `andelen af socialt udsatte blandt ${OUTCOME_DA[d.outcome]}`;
  if (coversZero(m.ci95)) {
    return (
      `Estimatet er ${didEstimateTextDa(d)}, ${pTextDa(m.p)}. Intervallet dækker 0, så der ses ingen signifikant ` +
      `forskel i ${of} mellem kommuner med og uden forebyggelsesområder fra ${post} sammenlignet med årene før.`
    );
  }
  const direction = m.beta > 0 ? 'steget' : 'faldet';
  return (
    `Estimatet er ${didEstimateTextDa(d)}, ${pTextDa(m.p)}. Intervallet dækker ikke 0: fra ${post} er ${of} i ` +
    `kommuner med forebyggelsesområder ${direction} signifikant i forhold til kommuner uden forebyggelsesområder ` +
    `(5 pct.-niveau).`
  );
}

/** The pre-trend test in Danish: the joint F test of the event study's pre-period coefficients. */
export function didPreTrendTextDa(d: ChapterDid): string {
  if (d.estimate.kind !== 'estimated') return 'Testen for parallelle trends er ikke beregnet.';
  const t = d.estimate.result.preTrend;
  const g = d.estimate.result.model.clusters;
  return (
    `Testen for parallelle trends før ${d.options.socialExportPostFrom} (F = ${formatNumberDa(t.stat, 2)} med ` +
    `${t.df} og ${g - 1} frihedsgrader, ${pTextDa(t.p)}) ` +
    (t.p < 0.05
      ? 'afviser på 5 pct.-niveau, at udviklingen var parallel før aftalen; estimatet skal derfor læses med forsigtighed.'
      : 'afviser ikke, at udviklingen var parallel før aftalen.')
  );
}

/** How K is counted: intercept, unit dummies, year dummies and β, less the columns dropped as collinear. */
export function didKTextDa(d: ChapterDid): string {
  if (d.estimate.kind !== 'estimated') return '';
  const m = d.estimate.result.model;
  const dropped =
    m.dropped.length === 0 ? '' : ` − ${m.dropped.length} udeladt som kollinear (${m.dropped.join(', ')})`;
  return `K = ${m.k}: konstant + ${m.clusters - 1} kommunedummies + ${d.years.length - 1} årsdummies + β${dropped}`;
}

/** The model in one Danish line: observations, clusters, K. */
export function didModelTextDa(d: ChapterDid): string {
  if (d.estimate.kind !== 'estimated') return 'Modellen er ikke estimeret.';
  const m = d.estimate.result.model;
  return (
    `${d.options.socialExportWeighted ? 'Vægtet (WLS, vægt = fraflyttere)' : 'OLS'} med kommune- og årsfaste ` +
    `effekter, ${formatNumberDa(m.n)} kommuneår (${d.years[0] ?? ''}-${d.years.at(-1) ?? ''}), ` +
    `${formatNumberDa(m.clusters)} kommuner som klynger (CR1), ${didKTextDa(d)}.`
  );
}

/** The model as `did.json` names it. */
export const DID_MODEL =
  'y_mt = α_m + γ_t + β·D_m·Post_t + ε_mt; two-way fixed effects as dummies; CR1 standard errors clustered by ' +
  'municipality; t with G − 1 degrees of freedom';

/**
 * `did.json` (domain §10): the estimate in percentage points, its interval, the event study and the pre-trend
 * test, with the options used; without an estimate the numbers are null and `problem` says why.
 */
export function didJsonFrom(d: ChapterDid): Record<string, unknown> {
  const options = { ...d.options };
  const years = { years: d.years, missingYears: d.missingYears };
  if (d.estimate.kind !== 'estimated') {
    return {
      outcome: d.outcome,
      model: DID_MODEL,
      n: null,
      clusters: null,
      k: null,
      beta: null,
      se: null,
      t: null,
      p: null,
      ci95: null,
      eventStudy: [],
      preTrend: null,
      problem: { ...(d.estimate.problem ?? { kind: 'noPanel' }), textDa: d.estimate.whyDa },
      ...years,
      options,
    };
  }
  const r = d.estimate.result;
  const m = r.model;
  return {
    outcome: d.outcome,
    model: `${DID_MODEL}; ${d.options.socialExportWeighted ? 'WLS, weights = out-movers' : 'OLS, unweighted'}`,
    n: m.n,
    clusters: m.clusters,
    k: m.k,
    dropped: m.dropped,
    beta: m.beta,
    se: m.se,
    t: m.t,
    p: m.p,
    ci95: m.ci95,
    ...(m.bootstrap === undefined ? {} : { bootstrap: m.bootstrap }),
    eventStudy: r.eventStudy.map((e) => ({ year: e.year, beta: e.beta, se: e.se, ci95: e.ci95 })),
    ...(r.eventStudyDropped === undefined ? {} : { eventStudyDropped: r.eventStudyDropped }),
    preTrend: r.preTrend,
    ...years,
    options,
  };
}
