import { valueDecimals } from '../../core/classify/criterionText.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { AreaAssessment, CriterionResult } from '../../core/model/assessment.ts';
import type { Designation } from '../../core/model/designation.ts';
import { LIST_IDS, LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { criterionJson } from '../../reports/lists/listsJson.ts';
import { CHANGE_NAMES_DA } from '../../reports/lists/changesSheet.ts';
import { EXIT } from '../exitCodes.ts';
import { loadListInputs, type ListInputs } from '../loadListInputs.ts';
import { printJson, printOut, reportFailure } from '../printReport.ts';
import { formatYears } from '../yearsOption.ts';
import { listRunFromInputs } from '../listRunFromInputs.ts';
import type { ExplainFlags } from './explain.ts';

export async function explainCommand(areaId: string, flags: ExplainFlags): Promise<number> {
  const json = flags.json === true;
  const year = Number(flags.year);
  if (!/^\d{4}$/.test(flags.year)) {
    return reportFailure(json, EXIT.usage, [], [`--year "${flags.year}" is not a year`]);
  }
  const loaded = await loadListInputs({ ...flags, years: undefined });
  if (!loaded.ok) return reportFailure(json, loaded.exitCode, loaded.errors, loaded.messages);
  const inputs = loaded.value;
  const years = inputs.years.filter((y) => y <= year);
  if (!inputs.years.includes(year)) {
    return reportFailure(
      json,
      EXIT.usage,
      [],
      [
        `--year ${year}: no figures for that list year in ${flags.figures} (it has ${formatYears(inputs.years)})`,
      ],
    );
  }
  if (!inputs.figures.some((f) => f.areaId === areaId && f.year === year)) {
    const known = [...new Set(inputs.figures.filter((f) => f.year === year).map((f) => f.areaId))].sort();
    const near = known.filter((id) => id.includes(areaId) || areaId.includes(id)).slice(0, 5);
    return reportFailure(
      json,
      EXIT.usage,
      [],
      [
        `area "${areaId}" has no figures for ${year} in ${flags.figures}` +
          (near.length > 0
            ? ` (did you mean ${near.join(', ')}?)`
            : ` (${known.length} areas have figures that year)`),
      ],
    );
  }
  const run = listRunFromInputs({ ...inputs, years });
  const assessment = run.assessments.find((a) => a.year === year && a.areaId === areaId) as AreaAssessment;
  const history = historyOf(areaId, run, inputs);
  if (json) {
    printJson(explainJson(assessment, run, history));
  } else {
    printOut(explainTextDa(assessment, run, history));
  }
  return EXIT.ok;
}

/** Years on each list: computed by this run, and imported for the years the run did not compute. */
interface ListHistory {
  readonly list: ListId;
  readonly computedYears: readonly number[];
  readonly importedYears: readonly number[];
}

function historyOf(areaId: string, run: ListRun, inputs: ListInputs): ListHistory[] {
  const computed = run.designations.filter((d) => d.areaId === areaId);
  const imported = inputs.history.designations.filter(
    (d) => d.areaId === areaId && !run.years.includes(d.year),
  );
  const yearsOf = (ds: readonly Designation[], list: ListId) =>
    [...new Set(ds.filter((d) => d.list === list).map((d) => d.year))].sort((a, b) => a - b);
  return LIST_IDS.map((list) => ({
    list,
    computedYears: yearsOf(computed, list),
    importedYears: yearsOf(imported, list),
  })).filter((h) => h.computedYears.length + h.importedYears.length > 0);
}

function marginTextDa(c: CriterionResult): string {
  if (c.kind === 'notComputable') return `kan ikke beregnes: ${c.why}`;
  const unit = c.criterion.reference === 'ratioToNational' ? ' gange landsgennemsnittet' : ' pct.-point';
  // As many decimals as the value needs to stand on its side of the threshold (a margin of −0,03 is not −0,0).
  const shown = valueDecimals(c.criterion, c.value, c.met);
  const decimals = c.criterion.reference === 'ratioToNational' ? Math.max(2, shown) : shown;
  const sign = c.margin > 0 ? '+' : '';
  const persons =
    c.marginPersons === null
      ? ''
      : ` (${formatNumberDa(c.marginPersons)} ${c.marginPersons === 1 ? 'person' : 'personer'})`;
  return `${c.met ? 'opfyldt' : 'ikke opfyldt'}, margen ${sign}${formatNumberDa(c.margin, decimals)}${unit}${persons}`;
}

function explainTextDa(a: AreaAssessment, run: ListRun, history: readonly ListHistory[]): string {
  const kommune = municipalityByCode(a.municipalityCode)?.name ?? a.municipalityCode;
  const lines = [
    `${a.name} (${a.areaId}), ${kommune} Kommune — listeår ${a.year}, regelsæt ${a.ruleSetId}`,
    `Beboere: ${formatNumberDa(a.residents)}${a.eligible ? '' : ' (ikke vurderet)'}`,
    a.summaryDa,
    '',
  ];
  for (const d of a.decisions) {
    lines.push(
      `${LIST_NAMES_DA[d.list]}: ${d.member ? 'ja' : 'nej'}${d.uncertain ? ' (usikker: et tal mangler)' : ''}`,
    );
    lines.push(`  ${d.reasonDa}`);
    for (const c of d.criteria) {
      const text = c.kind === 'evaluated' ? c.textDa : c.criterion.measure;
      lines.push(`  - ${text}: ${marginTextDa(c)}`);
    }
  }
  const changes = run.changes.filter(
    (c) => c.year === a.year && c.areaId === a.areaId && c.change !== 'stayed',
  );
  lines.push('', `Ændringer i forhold til ${a.year - 1}:`);
  if (changes.length === 0) lines.push('  ingen');
  for (const c of changes) lines.push(`  ${CHANGE_NAMES_DA[c.change]}: ${c.textDa}`);
  lines.push('', 'Historik:');
  if (history.length === 0) lines.push('  ikke på nogen liste');
  for (const h of history) {
    const all = [...h.computedYears, ...h.importedYears];
    const imported = h.importedYears.length > 0 ? ` (importeret: ${formatYears(h.importedYears)})` : '';
    lines.push(`  ${LIST_NAMES_DA[h.list]}: ${formatYears(all)}${imported}`);
  }
  return lines.join('\n') + '\n';
}

function explainJson(
  a: AreaAssessment,
  run: ListRun,
  history: readonly ListHistory[],
): Record<string, unknown> {
  return {
    areaId: a.areaId,
    name: a.name,
    municipalityCode: a.municipalityCode,
    municipalityName: municipalityByCode(a.municipalityCode)?.name ?? null,
    year: a.year,
    ruleSetId: a.ruleSetId,
    residents: a.residents,
    eligible: a.eligible,
    lists: a.lists,
    summaryDa: a.summaryDa,
    decisions: a.decisions.map((d) => ({
      list: d.list,
      member: d.member,
      uncertain: d.uncertain,
      metCount: d.metCount ?? null,
      groupSize: d.groupSize ?? null,
      reasonDa: d.reasonDa,
      criteria: d.criteria.map(criterionJson),
    })),
    changes: run.changes
      .filter((c) => c.year === a.year && c.areaId === a.areaId)
      .map((c) => ({ list: c.list, change: c.change, reasonDa: c.textDa, reasonEn: c.textEn })),
    history,
  };
}
