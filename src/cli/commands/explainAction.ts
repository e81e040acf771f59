import { areaExplanationTextDa } from '../../reports/text/areaExplanationTextDa.ts';
import { areaExplanationFrom } from '../../views/areaExplanation.ts';
import { planAccountTextDa } from '../../reports/text/planAccountsTextDa.ts';
import { explainPlan } from '../../runs/explainPlan.ts';
import { planAccountJson } from '../../views/planAccountView.ts';
import { EXIT } from '../exitCodes.ts';
import { loadListInputs } from '../loadListInputs.ts';
import { printOut, printResult, reportFailure, type CommandOutput } from '../printReport.ts';
import { formatYears } from '../yearsOption.ts';
import { listRunFromInputs } from '../listRunFromInputs.ts';
import type { ExplainFlags } from './explain.ts';

export async function explainCommand(areaId: string, flags: ExplainFlags): Promise<number> {
  const json = flags.json === true;
  const out: CommandOutput = { command: 'explain', json };
  const year = Number(flags.year);
  if (!/^\d{4}$/.test(flags.year)) {
    return reportFailure(out, EXIT.usage, [], [`--year "${flags.year}" is not a year`]);
  }
  const loaded = await loadListInputs({ ...flags, years: undefined });
  if (!loaded.ok) return reportFailure(out, loaded.exitCode, loaded.errors, loaded.messages);
  const inputs = loaded.value;
  const years = inputs.years.filter((y) => y <= year);
  if (!inputs.years.includes(year)) {
    return reportFailure(
      out,
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
      out,
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
  const view = areaExplanationFrom(run, inputs.history, areaId, year);
  if (view === null) return reportFailure(out, EXIT.failure, [], [`no assessment of ${areaId} in ${year}`]);
  if (flags.workspace === undefined) {
    if (json) printResult(out, view);
    else printOut(areaExplanationTextDa(view));
    return EXIT.ok;
  }
  const plan = await explainPlan(flags.workspace, run, areaId, year);
  if (json) {
    printResult(out, {
      ...view,
      developmentPlan:
        plan.kind === 'plan'
          ? { kind: 'plan', account: planAccountJson(plan.account, view.name) }
          : plan.kind === 'none'
            ? { kind: 'none', textDa: plan.textDa }
            : { kind: 'unknown', whyDa: plan.whyDa },
    });
  } else {
    const planLines =
      plan.kind === 'plan'
        ? planAccountTextDa(plan.account, view.name, null)
        : [plan.kind === 'none' ? plan.textDa : `ukendt (${plan.whyDa}).`];
    printOut(
      `${areaExplanationTextDa(view).trimEnd()}\n\nUdviklingsplan (§ 168 a):\n${planLines.join('\n')}`,
    );
  }
  return EXIT.ok;
}
