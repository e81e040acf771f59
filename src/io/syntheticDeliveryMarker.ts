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
}

/** The marker's text (stable key order, so the same options give the same file). */
export function syntheticMarkerText(d: SyntheticDelivery): string {
  const { generator, scale, seed, fromYear, toYear } = d;
  return `${JSON.stringify({ generator, scale, seed, fromYear, toYear }, null, 2)}\n`;
}

/** The marker of a delivery directory, or null when the delivery does not say it is synthetic. */
export function readSyntheticMarker(deliveryDir: string): SyntheticDelivery | null {
  const file = join(deliveryDir, SYNTHETIC_MARKER);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SyntheticDelivery>;
  if (parsed.generator !== 'boligmonitor synth') throw new Error(`${file}: not a synthetic delivery marker`);
  return parsed as SyntheticDelivery;
}

/** The "Kilde:" line of a synthetic delivery's tables: never the registers of real persons. */
export function syntheticSourceDa(d: SyntheticDelivery): string {
  return (
    `Syntetiske registerdata (boligmonitor synth, skala ${String(d.scale).replace('.', ',')}, frø ${d.seed}); ` +
    'ingen virkelige personer.'
  );
}
