import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file a synthetic delivery carries beside its tables, saying it holds no real persons. */
export const SYNTHETIC_MARKER = 'synthetic.json';

/** What the marker records: how the synthetic delivery was made. */
export interface SyntheticDelivery {
  readonly generator: 'boligmonitor synth';
  readonly scale: number;
  readonly seed: number;
  readonly fromYear: number;
  readonly toYear: number;
  /**
   * The planted treatment effect of report chapter 3's difference-in-differences, in percentage points added to
   * the vulnerable share of out-movers from the treated municipalities for moves labelled 2022 on
   * (`synth --did-effect`). 0 when the marker was written before the option existed (no effect was planted).
   */
  readonly didEffect: number;
  /**
   * The generator's treated municipalities (codes, sorted): those holding an area it intends as
   * forebyggelsesområde on the list of 1 December 2021. Absent (undefined) in markers written before it was
   * recorded; the lists computed from the delivery by the rules may differ in a few municipalities.
   */
  readonly treatedMunicipalities?: readonly string[];
  /** The areas the generator intends as forebyggelsesområder on the list of 1 December 2021 (ids, sorted). */
  readonly forebyggelseAreas2021?: readonly string[];
}

/** The marker's text (stable key order, so the same options give the same file). */
export function syntheticMarkerText(d: SyntheticDelivery): string {
  const {
    generator,
    scale,
    seed,
    fromYear,
    toYear,
    didEffect,
    treatedMunicipalities,
    forebyggelseAreas2021,
  } = d;
  return `${JSON.stringify(
    { generator, scale, seed, fromYear, toYear, didEffect, treatedMunicipalities, forebyggelseAreas2021 },
    null,
    2,
  )}\n`;
}

/** The marker of a delivery directory, or null when the delivery does not say it is synthetic. */
export function readSyntheticMarker(deliveryDir: string): SyntheticDelivery | null {
  const file = join(deliveryDir, SYNTHETIC_MARKER);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SyntheticDelivery>;
  if (parsed.generator !== 'boligmonitor synth') throw new Error(`${file}: not a synthetic delivery marker`);
  // Markers from before the planted effect existed have no didEffect: nothing was planted.
  return {
    ...(parsed as SyntheticDelivery),
    didEffect: typeof parsed.didEffect === 'number' ? parsed.didEffect : 0,
  };
}

/** The "Kilde:" line of a synthetic delivery's tables: never the registers of real persons. */
export function syntheticSourceDa(d: SyntheticDelivery): string {
  return (
    `Syntetiske registerdata (boligmonitor synth, skala ${String(d.scale).replace('.', ',')}, frø ${d.seed}); ` +
    'ingen virkelige personer.'
  );
}
