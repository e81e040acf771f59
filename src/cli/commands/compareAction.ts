import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compareRuns, type ScenarioDifference } from '../../core/compare/compareRuns.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { RuleSet } from '../../core/model/ruleSet.ts';
import { writeDirectoryAtomically } from '../../io/writeDirectoryAtomically.ts';
import { differencesCsv, sortedDifferences } from '../../reports/lists/differencesCsv.ts';
import { ruleSetSha256 } from '../../reports/lists/ruleSetSha256.ts';
import type { RunProvenance } from '../../reports/lists/runProvenance.ts';
import { writeListFiles } from '../../reports/lists/writeListOutputs.ts';
import { SOFTWARE_VERSION } from '../../softwareVersion.ts';
import { EXIT } from '../exitCodes.ts';
import { loadListInputs } from '../loadListInputs.ts';
import { printJson, printOut, printWarnings, reportFailure } from '../printReport.ts';
import { formatYears } from '../yearsOption.ts';
import { listRunFromInputs } from '../listRunFromInputs.ts';
import type { CompareFlags } from './compare.ts';

export async function compareCommand(flags: CompareFlags, command: string): Promise<number> {
  const startedAt = new Date();
  const json = flags.json === true;
  const loaded = await loadListInputs(flags);
  if (!loaded.ok) return reportFailure(json, loaded.exitCode, loaded.errors, loaded.messages);
  const inputs = loaded.value;
  const scenarioRuleSet = inputs.ruleSet as RuleSet;
  const official = listRunFromInputs({ ...inputs, ruleSet: null });
  const scenario = listRunFromInputs(inputs);
  const differences = sortedDifferences(compareRuns(official, scenario));
  if (flags.out !== undefined) {
    const provenance: RunProvenance = {
      command,
      inputs: inputs.inputs,
      rowCounts: inputs.rowCounts,
      assumptions: inputs.assumptions,
      startedAt,
    };
    await writeDirectoryAtomically(flags.out, async (tmp) => {
      await mkdir(join(tmp, 'official'));
      await writeListFiles(join(tmp, 'official'), official, { ...provenance, extra: { role: 'official' } });
      await mkdir(join(tmp, 'scenario'));
      await writeListFiles(join(tmp, 'scenario'), scenario, { ...provenance, extra: { role: 'scenario' } });
      await writeFile(join(tmp, 'differences.csv'), differencesCsv(differences), 'utf8');
      const manifest = {
        format: 'boligmonitor.compare/1',
        software: { name: 'boligmonitor', version: SOFTWARE_VERSION },
        command,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        years: inputs.years,
        scenario: {
          id: scenarioRuleSet.id,
          basedOn: scenarioRuleSet.basedOn ?? null,
          sha256: ruleSetSha256(scenarioRuleSet),
        },
        inputs: inputs.inputs,
        differences: differences.length,
      };
      await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', 'utf8');
    });
  }
  if (json) {
    printJson({
      ok: true,
      scenario: { id: scenarioRuleSet.id, basedOn: scenarioRuleSet.basedOn ?? null },
      years: inputs.years,
      outDir: flags.out === undefined ? null : resolve(flags.out),
      differences,
      warnings: inputs.warnings,
    });
  } else {
    printWarnings(inputs.warnings);
    printOut(compareTextDa(scenarioRuleSet, inputs.years, differences));
    if (flags.out !== undefined)
      printOut(`Skrevet til ${flags.out}: differences.csv, official/, scenario/, manifest.json`);
  }
  return EXIT.ok;
}

/** Per year and list: the areas that enter (+) or leave (−) under the scenario, with the reason. */
export function compareTextDa(
  scenario: RuleSet,
  years: readonly number[],
  differences: readonly ScenarioDifference[],
): string {
  const basedOn = scenario.basedOn === undefined ? '' : ` (bygger på ${scenario.basedOn})`;
  const lines = [
    `Scenarie ${scenario.id}${basedOn}: ${scenario.nameDa}`,
    `sammenlignet med de gældende regelsæt, listeår ${formatYears(years)}`,
    '',
  ];
  for (const year of years) {
    const ofYear = differences.filter((d) => d.year === year);
    lines.push(`${year}:${ofYear.length === 0 ? ' ingen forskelle' : ''}`);
    let list: ListId | undefined;
    for (const d of ofYear) {
      if (d.list !== list) {
        list = d.list;
        const enters = ofYear.filter((x) => x.list === list && x.change === 'entersUnderScenario').length;
        const leaves = ofYear.filter((x) => x.list === list && x.change === 'leavesUnderScenario').length;
        lines.push(`  ${LIST_NAMES_DA[d.list]}: ${enters} kommer på, ${leaves} falder af`);
      }
      lines.push(`    ${d.change === 'entersUnderScenario' ? '+' : '−'} ${d.name}: ${d.reasonDa}`);
    }
  }
  return lines.join('\n') + '\n';
}
