import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { ChangeKind } from '../../core/model/listChange.ts';
import { LIST_IDS, LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { sortedChanges } from './changesCsv.ts';
import { LIST_SHEET_NAMES } from './listSheet.ts';
import { sortedDesignations } from './listsCsv.ts';
import { uncertainDecisions } from './uncertainSheet.ts';

const MAX_UNCERTAIN_SHOWN = 10;

const CHANGE_SIGN: Record<ChangeKind, string> = { entered: '+', left: '−', stayed: '=', unknown: '?' };

/**
 * A short Danish summary for the terminal: the number of areas on each list per year, and the changes of
 * the latest year with their reasons.
 */
export function summaryDa(run: ListRun): string {
  const years = [...run.years].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return 'Ingen listeår i kørslen.\n';
  const lists = LIST_IDS.filter((l) =>
    years.some((y) => run.ruleSets.get(y)?.lists.some((r) => r.list === l)),
  );
  const designations = sortedDesignations(run);
  const header = ['År', 'Regelsæt', ...lists.map((l) => LIST_SHEET_NAMES[l])];
  const body = years.map((year) => {
    const rs = run.ruleSets.get(year);
    return [
      String(year),
      rs?.id ?? '–',
      ...lists.map((list) =>
        rs?.lists.some((r) => r.list === list)
          ? formatNumberDa(designations.filter((d) => d.year === year && d.list === list).length)
          : '–',
      ),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out: string[] = [
    years.length === 1 ? `Lister ${first}` : `Lister ${first}–${last}`,
    '',
    'Antal boligområder pr. liste:',
    line(header),
    ...body.map(line),
    '',
  ];
  const uncertain = uncertainDecisions(run).filter((u) => u.year === last);
  if (uncertain.length > 0) {
    out.push(`Usikre afgørelser ${last} (ikke på listen, men kunne være det):`);
    for (const u of uncertain.slice(0, MAX_UNCERTAIN_SHOWN))
      out.push(`  ? ${LIST_NAMES_DA[u.list]}: ${u.name}: ${u.reasonDa}`);
    if (uncertain.length > MAX_UNCERTAIN_SHOWN)
      out.push(
        `  … og ${formatNumberDa(uncertain.length - MAX_UNCERTAIN_SHOWN)} til (se lists.json og lister.xlsx)`,
      );
    out.push('');
  }
  const changes = sortedChanges(run).filter((c) => c.year === last && c.change !== 'stayed');
  out.push(`Ændringer ${last} i forhold til ${last - 1}:`);
  if (changes.length === 0) out.push('  Ingen ændringer.');
  let current: ListId | undefined;
  for (const c of changes) {
    if (c.list !== current) {
      current = c.list;
      out.push(`  ${LIST_NAMES_DA[c.list]}:`);
    }
    out.push(`    ${CHANGE_SIGN[c.change]} ${c.name}: ${c.textDa}`);
  }
  return out.join('\n') + '\n';
}
