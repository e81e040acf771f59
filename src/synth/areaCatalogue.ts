import { MUNICIPALITY_AREA_COUNTS } from './municipalitySizes.ts';
import { uniformFor } from './seededRandom.ts';

/** How an area's resident count develops over the years. */
export const AREA_TRAJECTORIES = ['stable', 'shrinking', 'growing'] as const;
export type AreaTrajectory = (typeof AREA_TRAJECTORIES)[number];

/** One synthetic public-housing area with its latent profile (never written to the delivery). */
export interface SynthArea {
  /** Position in the national catalogue of 200 areas (0-based). */
  readonly index: number;
  readonly areaId: string;
  readonly name: string;
  readonly municipalityCode: string;
  /** Residents at the area's peak year (1,000–8,000). */
  readonly peakResidents: number;
  readonly trajectory: AreaTrajectory;
  /** Year the trajectory turns: shrinking from, or growing (new buildings on an extension) from. */
  readonly turnYear: number;
  /** Latent deprivation in 2016 (0 = like the country, 1 = the most deprived). */
  readonly deprivation2016: number;
  /** Change of deprivation per year (negative = improving). */
  readonly deprivationTrend: number;
  /** Phase of a slow wobble around the trend, so areas cross thresholds back and forth. */
  readonly wobblePhase: number;
  /** Logit offset of the non-western share against what the deprivation alone implies. */
  readonly nonwesternOffset: number;
  /** Rank used to pick a representative subset at small scales (0 = first picked). */
  readonly pickOrder: number;
}

const PREFIXES = [
  'Birke',
  'Bøge',
  'Ege',
  'Ahorn',
  'Linde',
  'Aske',
  'Elle',
  'Rønne',
  'Hylde',
  'Kastanje',
  'Hassel',
  'Pile',
  'Grante',
  'Fyrre',
  'Rose',
  'Lærke',
  'Svale',
  'Stære',
  'Vibe',
  'Hjorte',
  'Mølle',
  'Kilde',
  'Bakke',
  'Dal',
  'Enge',
  'Mose',
  'Sø',
  'Strand',
  'Skov',
  'Mark',
  'Vange',
  'Høj',
  'Tofte',
  'Nørre',
  'Sønder',
  'Vester',
  'Øster',
  'Grøn',
  'Sol',
  'Lys',
  'Å',
  'Fjord',
  'Havne',
  'Kirke',
  'Slots',
  'Ravns',
  'Tjørne',
  'Kløver',
];
const SUFFIXES = [
  'parken',
  'vænget',
  'gården',
  'højen',
  'hegnet',
  'haven',
  'toften',
  'lunden',
  'bakken',
  'engen',
  'vangen',
  'marken',
];

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replaceAll(/[^a-z0-9]+/g, '-');

/** Streams of the catalogue's random draws (one per property, so adding one never shifts the others). */
const S = {
  name: 1,
  size: 2,
  trajectory: 3,
  turn: 4,
  deprivation: 5,
  trend: 6,
  phase: 7,
  offset: 8,
} as const;

/**
 * The national catalogue of 200 areas for a seed, in municipality order. Deprivation is spread so that, under the
 * 2018/2021 rules, roughly a fifth of the areas are udsatte around 2018 and fewer by 2024, and a further third
 * sit in the forebyggelse band.
 */
export function areaCatalogue(seed: number): readonly SynthArea[] {
  const municipalities = Object.entries(MUNICIPALITY_AREA_COUNTS).flatMap(([code, n]) =>
    Array.from({ length: n }, () => code),
  );
  const used = new Set<string>();
  const draft = municipalities.map((municipalityCode, index) => {
    const u = (stream: number): number => uniformFor(seed, stream, index);
    let k = Math.floor(u(S.name) * PREFIXES.length * SUFFIXES.length);
    let name = '';
    for (;;) {
      name = `${PREFIXES[k % PREFIXES.length]}${SUFFIXES[Math.floor(k / PREFIXES.length) % SUFFIXES.length]}`;
      if (!used.has(name)) break;
      k += 7;
    }
    used.add(name);
    const peakResidents = Math.round(1000 + 7000 * u(S.size) ** 2.2);
    const t = u(S.trajectory);
    const trajectory: AreaTrajectory = t < 0.13 ? 'shrinking' : t < 0.26 ? 'growing' : 'stable';
    const turnYear = 2013 + Math.floor(u(S.turn) * 9);
    const deprivation2016 = 0.12 + 0.88 * u(S.deprivation) ** 0.85;
    const deprivationTrend = -0.003 + 0.028 * (u(S.trend) - 0.5);
    return {
      index,
      areaId: `${municipalityCode}-${slug(name)}`,
      name,
      municipalityCode,
      peakResidents,
      trajectory,
      turnYear,
      deprivation2016,
      deprivationTrend,
      wobblePhase: 2 * Math.PI * u(S.phase),
      nonwesternOffset: 4.2 * (u(S.offset) - 0.5),
      pickOrder: 0,
    };
  });
  // Pick order: bit-reversed rank of deprivation, so any prefix covers the whole range.
  const byDeprivation = [...draft].sort((a, b) => a.deprivation2016 - b.deprivation2016);
  const rank = new Map(byDeprivation.map((a, i) => [a.index, i]));
  const bits = Math.ceil(Math.log2(draft.length));
  const reversed = (i: number): number => {
    let r = 0;
    for (let b = 0; b < bits; b++) if (i & (1 << b)) r |= 1 << (bits - 1 - b);
    return r;
  };
  const order = [...draft].sort(
    (a, b) => reversed(rank.get(a.index) ?? 0) - reversed(rank.get(b.index) ?? 0),
  );
  const pick = new Map(order.map((a, i) => [a.index, i]));
  return draft.map((a) => ({ ...a, pickOrder: pick.get(a.index) ?? 0 }));
}

/** Target residents of an area on 1 January `year` (before rounding). */
export function areaResidents(a: SynthArea, year: number): number {
  const wobble = 1 + 0.04 * Math.sin(a.wobblePhase + 0.7 * year);
  switch (a.trajectory) {
    case 'stable':
      return a.peakResidents * 0.95 * wobble;
    case 'shrinking':
      return a.peakResidents * (year <= a.turnYear ? 1 : Math.max(0.3, 0.8 ** (year - a.turnYear)));
    case 'growing':
      return a.peakResidents * Math.min(1, 0.7 + Math.max(0, year - a.turnYear) * 0.06);
  }
}

/** Latent deprivation of an area in `year`, clamped to 0–1. */
export function areaDeprivation(a: SynthArea, year: number): number {
  const d =
    a.deprivation2016 + a.deprivationTrend * (year - 2016) + 0.03 * Math.sin(a.wobblePhase + 0.9 * year);
  return Math.min(1, Math.max(0, d));
}
