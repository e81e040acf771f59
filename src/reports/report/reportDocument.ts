import type { ReportTable } from '../../views/report/reportTable.ts';

/**
 * One block of the report's text, in reading order. Prose is Markdown with its facts already filled in
 * (the template's `{{udsatte.antal}}` replaced by `17`); tables and figures carry their data after
 * disclosure control; a figure carries its drawn SVG.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly textDa: string; readonly anchor: string }
  | { readonly kind: 'prose'; readonly markdown: string }
  | { readonly kind: 'box'; readonly id: string; readonly titleDa: string; readonly markdown: string }
  | { readonly kind: 'table'; readonly table: ReportTable }
  | { readonly kind: 'figure'; readonly table: ReportTable; readonly svg: string }
  /** A section whose input tables are absent: a visible notice naming what is missing, never an empty chart. */
  | {
      readonly kind: 'notice';
      readonly id: string;
      readonly textDa: string;
      readonly missing: readonly string[];
    };

export interface Chapter {
  /** `1`, `2`, … as in the seed. */
  readonly number: string;
  readonly titleDa: string;
  readonly anchor: string;
  readonly blocks: readonly Block[];
}

/** The report as a document: what every renderer (HTML, PDF, Excel annex) reads. */
export interface ReportDocument {
  /** `Redegørelse om parallelsamfund`. */
  readonly titleDa: string;
  /** `Udsatte boligområder, parallelsamfund, omdannelsesområder og forebyggelsesområder pr. 1. december 2024`. */
  readonly subtitleDa: string;
  readonly listYear: number;
  readonly chapters: readonly Chapter[];
  readonly colophon: {
    readonly softwareVersion: string;
    /** The rule set in force, in Danish (`Regler fra 2021 (lov nr. 1322 af 27. juni 2021)`). */
    readonly ruleSetDa: string;
    readonly runId: string;
    /** ISO 8601 with offset, Europe/Copenhagen. */
    readonly generatedAt: string;
  };
}
