import { formatNumberDa } from '../../core/format/formatDa.ts';
import { vulnerableNoteDa, type Chapter3Context } from './chapter3Catalogue.ts';
import {
  didConclusionTextDa,
  didEstimateTextDa,
  didModelTextDa,
  didPreTrendTextDa,
  type ChapterDid,
} from './chapter3Did.ts';
import type { ReportFact } from './reportFacts.ts';
import type { ReportTable } from './reportTable.ts';
import type { CellValue } from '../../disclosure/cell.ts';
import { assertNever } from '../../core/assertNever.ts';

/**
 * The facts of chapter 3's text: who is socially vulnerable (`socialt_udsatte.definition`), the treated municipalities (`fraflytning.kommuner`, `fraflytning.listeaar`), the
 * post period (`did.efter`), and per outcome (`did.any.…` to any other municipality, `did.control.…` to control
 * municipalities) the estimate (`estimat`: "β = 1,2 procentpoint (95 pct.-konfidensinterval: −0,8 til 3,2)"), its
 * conclusion (`konklusion`: "ingen signifikant forskel" only when the interval covers 0, or why there is no
 * estimate), the pre-trend test (`praetrend`) and the model (`model`: observations, clusters, K).
 */
export function chapter3FactsFrom(ctx: Chapter3Context, dids: readonly ChapterDid[]): ReportFact[] {
  const facts: ReportFact[] = [
    {
      key: 'fraflytning.kommuner',
      textDa: ctx.treatedCount === null ? 'ukendt' : formatNumberDa(ctx.treatedCount),
      about: `municipalities with an area on the forebyggelse list of ${ctx.treatmentListYear} (treated)`,
    },
    {
      key: 'fraflytning.listeaar',
      textDa: String(ctx.treatmentListYear),
      about: 'the list year of the treatment list',
    },
    {
      key: 'socialt_udsatte.definition',
      textDa: vulnerableNoteDa(ctx.options),
      about: 'who counts as socially vulnerable, with the options in force',
    },
    {
      key: 'did.reference',
      textDa: String(ctx.options.socialExportReferenceYear),
      about: "the event study's reference year",
    },
    {
      key: 'did.efter',
      textDa: String(ctx.options.socialExportPostFrom),
      about: 'the first year of the post period',
    },
  ];
  for (const d of dids) {
    const put = (key: string, textDa: string, about: string): void => {
      facts.push({ key: `did.${d.outcome}.${key}`, textDa, about: `${about} (outcome ${d.outcome})` });
    };
    put('estimat', didEstimateTextDa(d), 'the DiD estimate and its 95 % interval');
    put('konklusion', didConclusionTextDa(d), 'what the DiD estimate says, or why there is none');
    put('praetrend', didPreTrendTextDa(d), 'the joint pre-trend test of the event study');
    put('model', didModelTextDa(d), 'the DiD model: observations, clusters, K');
  }
  return facts;
}

/**
 * Facts quoting chapter 3's published cells, for the list year Y and the reference year (the year before the post
 * period, `socialExportReferenceYear`): `tilflytning.<aar|foer>.<i_alt|udsatte|andel>` (fig 3.2) and
 * `fraflytning.<aar|foer>.<i_alt|udsatte|andel>` (fig 3.3a), and `fraflytning.top` (fig 3.4's largest share). A
 * cell that is not published is quoted as such ("diskretioneret", "ingen data"), never as a number.
 */
export function chapter3CellFactsFrom(ctx: Chapter3Context, tables: readonly ReportTable[]): ReportFact[] {
  const facts: ReportFact[] = [];
  const when = [
    ['aar', ctx.listYear],
    ['foer', ctx.options.socialExportReferenceYear],
  ] as const;
  const valueOf = (t: ReportTable | undefined, row: string, column: string) =>
    t?.cells.find((c) => c.row === row && c.column === column)?.value ?? {
      kind: 'missing' as const,
      why: '',
    };
  for (const [name, id] of [
    ['tilflytning', 'figur-3.2'],
    ['fraflytning', 'figur-3.3a'],
  ] as const) {
    const t = tables.find((x) => x.id === id);
    for (const [key, year] of when) {
      const column = String(year);
      const total = valueOf(t, 'total', column);
      const vulnerable = valueOf(t, 'vulnerable', column);
      const put = (what: string, textDa: string): void => {
        facts.push({ key: `${name}.${key}.${what}`, textDa, about: `${id}, ${what}, ${year}` });
      };
      put(
        'i_alt',
        cellDa(total, (v) => formatNumberDa(v)),
      );
      put(
        'udsatte',
        cellDa(vulnerable, (v) => formatNumberDa(v)),
      );
      put(
        'andel',
        vulnerable.kind === 'value' && total.kind === 'value' && total.value > 0
          ? `${formatNumberDa((100 * vulnerable.value) / total.value, 1)} pct.`
          : cellDa(vulnerable.kind === 'value' ? total : vulnerable, () => 'ikke opgjort'),
      );
    }
  }
  const map = tables.find((x) => x.id === 'figur-3.4');
  const shares = (map?.cells ?? []).flatMap((c) =>
    c.column === 'share' && c.value.kind === 'value' ? [{ row: c.row, value: c.value.value }] : [],
  );
  const top = shares.reduce<{ row: string; value: number } | null>(
    (best, x) => (best === null || x.value > best.value ? x : best),
    null,
  );
  facts.push({
    key: 'fraflytning.top',
    textDa:
      top === null || top.value === 0
        ? 'ingen kommune (ikke opgjort)'
        : `${map?.rows.find((r) => r.key === top.row)?.labelDa ?? top.row} (${formatNumberDa(top.value, 1)} pct.)`,
    about: 'figur-3.4, the destination with the largest published share',
  });
  return facts;
}

/** A published cell in words: its number, or why there is none. */
function cellDa(value: CellValue, number: (v: number) => string): string {
  switch (value.kind) {
    case 'value':
      return number(value.value);
    case 'suppressed':
      return 'diskretioneret';
    case 'missing':
      return 'ikke opgjort';
    case 'notApplicable':
      return 'ikke relevant';
    default:
      return assertNever(value);
  }
}
