import type { UnknownMembership } from '../model/history.ts';

/** `2019`, `2019–2020`, `2016, 2018–2019` (English: `2019-2020`). */
export function yearSpans(years: readonly number[], dash = '–'): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    const from = sorted[i] as number;
    const to = sorted[j] as number;
    spans.push(from === to ? `${from}` : `${from}${dash}${to}`);
    i = j + 1;
  }
  return spans.join(', ');
}

const TEXT: Record<UnknownMembership['kind'], { da: (y: string) => string; en: (y: string) => string }> = {
  noHistory: { da: (y) => `historik mangler for ${y}`, en: (y) => `no history for ${y}` },
  partialList: {
    da: (y) => `listen for ${y} er kun delvist kendt`,
    en: (y) => `the list of ${y} is only partly known`,
  },
  uncertainDecision: {
    da: (y) => `afgørelsen for ${y} er usikker`,
    en: (y) => `the decision of ${y} is uncertain`,
  },
  noFigures: { da: (y) => `ingen tal for området i ${y}`, en: (y) => `no figures for the area in ${y}` },
};

/**
 * Why memberships are not known, grouped by reason with their years: `historik mangler for 2019–2020; listen
 * for 2018 er kun delvist kendt` (English: `no history for 2019-2020; the list of 2018 is only partly known`).
 */
export function unknownMembershipText(unknown: readonly UnknownMembership[], lang: 'da' | 'en'): string {
  const byKind = new Map<UnknownMembership['kind'], number[]>();
  for (const u of unknown) byKind.set(u.kind, [...(byKind.get(u.kind) ?? []), u.year]);
  return [...byKind]
    .map(([kind, years]) => TEXT[kind][lang](yearSpans(years, lang === 'da' ? '–' : '-')))
    .join('; ');
}
