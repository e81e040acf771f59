import { chapter5Windows } from '../../analytics/report/chapter5Analyses.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { Cell } from '../../disclosure/cell.ts';
import { schoolYearDa, type Chapter5Context } from './chapter5Catalogue.ts';
import type { ReportFact } from './reportFacts.ts';
import type { ReportTable } from './reportTable.ts';

/** A published cell in the text: `29`, `94 pct.`, or why it is not shown (`diskretioneret`, `ukendt`). */
function cellFactDa(c: Cell | undefined): string {
  if (c === undefined) return 'ukendt';
  switch (c.value.kind) {
    case 'value':
      return c.unit === 'pct' ? `${formatNumberDa(c.value.value, 0)} pct.` : formatNumberDa(c.value.value, 0);
    case 'suppressed':
      return 'diskretioneret';
    case 'missing':
      return 'ukendt';
    case 'notApplicable':
      return 'ikke relevant';
  }
}

/**
 * The numbers chapter 5's text quotes, from the published cells (after disclosure control, so the text never
 * shows what a table suppresses), keyed by their place in the window rather than by year, so one template serves
 * every list year: `boern.dagtilbud.mindst30.sidste` is table 5.1's "at least 30 %" of the last year.
 */
export function chapter5FactsFrom(ctx: Chapter5Context, tables: readonly ReportTable[]): ReportFact[] {
  const w = chapter5Windows(ctx.listYear);
  const cell = (id: string, row: string | number, column: string | number): Cell | undefined =>
    tables.find((t) => t.id === id)?.cells.find((c) => c.row === String(row) && c.column === String(column));
  const first = (xs: readonly number[]): number => xs[0] ?? ctx.listYear;
  const last = (xs: readonly number[]): number => xs[xs.length - 1] ?? ctx.listYear;
  const fact = (key: string, textDa: string, about: string): ReportFact => ({ key, textDa, about });
  const fromCell = (key: string, id: string, row: string | number, column: string | number): ReportFact =>
    fact(key, cellFactDa(cell(id, row, column)), `${id}, ${row}, ${column}`);
  const d0 = first(w.daycareYears);
  const d1 = last(w.daycareYears);
  const a1 = last(w.absenceYears);
  const s = w.attemptsYear;
  return [
    fact('boern.dagtilbud.foersteaar', String(d0), 'the first day-care count year'),
    fact('boern.dagtilbud.sidsteaar', String(d1), 'the last day-care count year'),
    fact(
      'boern.dagtilbud.kommuner',
      ctx.daycareMunicipalities === null
        ? 'de kommuner'
        : ctx.daycareMunicipalities === 1
          ? 'den ene kommune'
          : `de ${formatNumberDa(ctx.daycareMunicipalities)} kommuner`,
      'municipalities with udsatte areas in all three years',
    ),
    fromCell('boern.dagtilbud.mindst30.foerste', 'tabel-5.1', 'atLeast30', d0),
    fromCell('boern.dagtilbud.mindst30.sidste', 'tabel-5.1', 'atLeast30', d1),
    fromCell('boern.dagtilbud.10til30.sidste', 'tabel-5.1', 'from10to30', d1),
    fromCell('boern.dagtilbud.dispensation.sidste', 'tabel-5.1', 'dispensation', d1),
    fact('boern.1aarige.foersteaar', String(first(w.oneYearOldYears)), 'the first year of table 5.3'),
    fact('boern.1aarige.sidsteaar', String(last(w.oneYearOldYears)), 'the last year of table 5.3'),
    fromCell('boern.1aarige.andel.foerste', 'tabel-5.3', first(w.oneYearOldYears), 'share'),
    fromCell('boern.1aarige.andel.sidste', 'tabel-5.3', last(w.oneYearOldYears), 'share'),
    fact('skole.skoleaar', schoolYearDa(s), 'the school year of the list year'),
    fact('skole.forrige_skoleaar', schoolYearDa(s - 1), 'the school year before'),
    fact('skole.foerste_skoleaar', schoolYearDa(first(w.absenceYears)), 'the first school year of table 5.4'),
    fromCell('skole.fravaer.unikke.sidste', 'tabel-5.4', a1, 'unique_high'),
    fromCell('skole.fravaer.unikke.forrige', 'tabel-5.4', a1 - 1, 'unique_high'),
    fromCell('sprog.0.elever', 'tabel-5.5', s, 'pupils'),
    fromCell('sprog.0.sprogparate.andel', 'tabel-5.5', s, 'readyPct'),
    fromCell('sprog.0.oprykket.andel', 'tabel-5.5', s, 'movedUpPct'),
    // Moving up is read in the next year's enrolment, which a delivery for list year Y does not hold for Y's school
    // year: the text quotes the school year before as well.
    fromCell('sprog.0.oprykket.andel.forrige', 'tabel-5.5', s - 1, 'movedUpPct'),
    fromCell('sprog.0.foerste.andel', 'tabel-5.6', 'readyPct', 'attempt1'),
    fromCell('sprog.19.elever', 'tabel-5.7', s, 'pupils'),
    fromCell('sprog.19.sprogparate.andel', 'tabel-5.7', s, 'readyPct'),
    fromCell('sprog.19.oprykket.andel', 'tabel-5.7', s, 'movedUpPct'),
    fromCell('sprog.19.oprykket.andel.forrige', 'tabel-5.7', s - 1, 'movedUpPct'),
    fromCell('sprog.19.foerste.andel', 'tabel-5.8', 'total.readyPct', 'attempt1'),
    fromCell('sprog.19.ikkeparate.fjerde', 'tabel-5.8', 'total.notReady', 'attempt4'),
  ];
}
