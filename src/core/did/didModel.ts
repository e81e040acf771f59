/**
 * The difference-in-differences of the social-export chapter (domain §10): types shared by the estimator
 * (pure maths, `src/core/did`), the panel it is given (built in DuckDB, `src/analytics`) and what the report
 * and `did.json` show. β and standard errors are in percentage points, as the outcome is 100 × a share.
 */

/** One municipality and year of the panel: y = 100 × vulnerable out-movers / out-movers. */
export interface DidPanelRow {
  /** The cluster and the unit fixed effect: a municipality code. */
  readonly unit: string;
  readonly year: number;
  readonly y: number;
  /** Out-movers behind y: the weight when the weighted model is asked for. */
  readonly weight: number;
  /** The municipality is treated (D_m = 1). Constant within a unit. */
  readonly treated: boolean;
}

export const BOOTSTRAP_WEIGHTS = ['rademacher', 'webb'] as const;
export type BootstrapWeights = (typeof BOOTSTRAP_WEIGHTS)[number];

export interface DidOptions {
  /** First post-period year: Post_t = 1 for t ≥ postFrom (domain §10: 2022). */
  readonly postFrom: number;
  /** The event study's reference year, left out (domain §10: 2021). */
  readonly referenceYear: number;
  /** Weighted least squares with the out-movers as weights. */
  readonly weighted: boolean;
  /** A wild cluster bootstrap interval beside CR1, when given. */
  readonly bootstrap?: { readonly draws: number; readonly weights: BootstrapWeights; readonly seed: number };
}

/** One event-study coefficient β_k (k ≠ the reference year). */
export interface EventStudyCoefficient {
  readonly year: number;
  readonly beta: number;
  readonly se: number;
  readonly ci95: readonly [number, number];
}

/** One fitted model: the coefficient of interest with CR1 standard error and t-based inference. */
export interface DidEstimate {
  /** Observations used (cells with out-movers). */
  readonly n: number;
  /** Clusters (municipalities) G. */
  readonly clusters: number;
  /** Regressors K after dropping collinear columns, fixed-effect dummies included (as Stata's `regress, vce(cluster)`). */
  readonly k: number;
  /** Columns dropped as collinear, by name, in the order they were dropped. */
  readonly dropped: readonly string[];
  readonly beta: number;
  readonly se: number;
  readonly t: number;
  /** Two-sided p-value from t with G − 1 degrees of freedom. */
  readonly p: number;
  readonly ci95: readonly [number, number];
  /** The wild cluster bootstrap's 95 % interval and p-value (null hypothesis imposed), when asked for. */
  readonly bootstrap?: {
    readonly draws: number;
    readonly weights: BootstrapWeights;
    readonly seed: number;
    readonly ci95: readonly [number, number];
    readonly p: number;
  };
}

export interface DidResult {
  readonly model: DidEstimate;
  readonly eventStudy: readonly EventStudyCoefficient[];
  /** The event study's columns dropped as collinear (e.g. `treated×2018` when 2018 holds only treated cells), by name. */
  readonly eventStudyDropped?: readonly string[];
  /** Joint Wald test that every pre-period coefficient is zero: F with (df, G − 1) degrees of freedom. */
  readonly preTrend: { readonly stat: number; readonly df: number; readonly p: number };
}

/** Why a design cannot be estimated: never NaN or a silent zero (issue: a design the data cannot support). */
export type DidDesignProblem =
  | { readonly kind: 'noTreated' }
  | { readonly kind: 'noControl' }
  | {
      readonly kind: 'tooFewPreYears';
      readonly preYears: readonly number[];
      /** Set when the reason is that the event study's reference year is not among `preYears`. */
      readonly missingReferenceYear?: number;
    }
  | { readonly kind: 'noPostYears' }
  | { readonly kind: 'singular'; readonly column: string }
  | { readonly kind: 'tooFewClusters'; readonly clusters: number };

export type DidOutcome =
  | { readonly ok: true; readonly result: DidResult }
  | { readonly ok: false; readonly problem: DidDesignProblem };
