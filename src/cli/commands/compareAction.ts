import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RuleSet } from '../../core/model/ruleSet.ts';
import { writeDirectoryAtomically } from '../../io/writeDirectoryAtomically.ts';
import { differencesCsv } from '../../reports/lists/differencesCsv.ts';
import { scenarioComparisonTextDa } from '../../reports/text/scenarioComparisonTextDa.ts';
import { scenarioComparisonFrom } from '../../views/scenarioComparison.ts';
import { ruleSetSha256 } from '../../views/ruleSetSha256.ts';
import type { RunProvenance } from '../../reports/lists/runProvenance.ts';
import { writeListFiles } from '../../reports/lists/writeListOutputs.ts';
import { SOFTWARE_VERSION } from '../../softwareVersion.ts';
import { EXIT } from '../exitCodes.ts';
import { loadListInputs } from '../loadListInputs.ts';
import { printOut, printResult, printWarnings, reportFailure, type CommandOutput } from '../printReport.ts';
import { listRunFromInputs } from '../listRunFromInputs.ts';
import type { CompareFlags } from './compare.ts';

export async function compareCommand(flags: CompareFlags, command: string): Promise<number> {
  const startedAt = new Date();
  const json = flags.json === true;
  const out: CommandOutput = { command: 'compare', json };
  const loaded = await loadListInputs(flags);
  if (!loaded.ok) return reportFailure(out, loaded.exitCode, loaded.errors, loaded.messages);
  const inputs = loaded.value;
  const scenarioRuleSet = inputs.ruleSet as RuleSet;
  const official = listRunFromInputs({ ...inputs, ruleSet: null });
  const scenario = listRunFromInputs(inputs);
  const view = scenarioComparisonFrom(official, scenario, scenarioRuleSet);
  const differences = view.differences;
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
    printResult(out, {
      ...view,
      outDir: flags.out === undefined ? null : resolve(flags.out),
      warnings: inputs.warnings,
    });
  } else {
    printWarnings(inputs.warnings);
    printOut(scenarioComparisonTextDa(view));
    if (flags.out !== undefined)
      printOut(`Skrevet til ${flags.out}: differences.csv, official/, scenario/, manifest.json`);
  }
  return EXIT.ok;
}
