import { yearSpans } from '../core/history/unknownMembershipText.ts';
import type { Year } from '../core/model/ids.ts';

/**
 * Parses `--years`: one year (`2021`), a range (`2018-2024`, en dash allowed), or a comma-separated mix
 * (`2016,2018-2020`). Returns the years sorted, without repeats.
 */
export function parseYears(text: string): { ok: true; value: Year[] } | { ok: false; error: string } {
  const years = new Set<Year>();
  for (const part of text.split(',')) {
    const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$/.exec(part);
    if (m === null) {
      return { ok: false, error: `--years "${text}": "${part}" is not a year or a range like 2018-2024` };
    }
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) return { ok: false, error: `--years "${text}": range ${part} ends before it starts` };
    for (let y = from; y <= to; y++) years.add(y);
  }
  return { ok: true, value: [...years].sort((a, b) => a - b) };
}

/** Shows years compactly: `2016–2019, 2021, 2023–2024`. */
export function formatYears(years: readonly Year[]): string {
  return yearSpans(years);
}
