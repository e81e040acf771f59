import type { RunDeliveryOptions } from '../runs/runDelivery.ts';
import { resolve } from 'node:path';
import { areaRefsFromFigures } from '../io/areaRefsFromFigures.ts';
import { fileSha256 } from '../io/fileSha256.ts';
import { formatInputError } from '../io/inputError.ts';
import { readHistory } from '../io/readHistory.ts';
import type { HistoryInput } from '../runs/runDelivery.ts';
import { RUN_STAGE_NAMES_DA } from './runStageNamesDa.ts';
import type { Parsed } from './settings.ts';
import type { StageProgress } from './stageProgress.ts';

/** The flags every command on a delivery shares (`--workspace`, `--history`), as the command parsed them. */
export interface DeliveryRunFlags {
  readonly workspace?: string;
  readonly history?: string;
}

/**
 * The register-pipeline options a command on a delivery passes on from its flags: the workspace, the imported
 * history, the DuckDB settings (when given and valid) and the progress line, whose last stage (`write`) is named
 * by the command (`Udviklingsplaner`, `Pligter`, …).
 */
export function deliveryRunOptions(
  flags: DeliveryRunFlags,
  settings: { readonly threads: Parsed<number> | undefined; readonly memory: Parsed<string> | undefined },
  progress: StageProgress | undefined,
  writeStageDa: string,
): Pick<RunDeliveryOptions, 'workspace' | 'history' | 'threads' | 'memoryLimit' | 'onStep'> {
  return {
    ...(flags.workspace === undefined ? {} : { workspace: flags.workspace }),
    ...(flags.history === undefined ? {} : { history: historyReader(flags.history) }),
    ...(settings.threads?.ok === true ? { threads: settings.threads.value } : {}),
    ...(settings.memory?.ok === true ? { memoryLimit: settings.memory.value } : {}),
    ...(progress === undefined
      ? {}
      : {
          onStep: (stage, step, done, total) =>
            progress.step(stage === 'write' ? writeStageDa : RUN_STAGE_NAMES_DA[stage], step, done, total),
        }),
  };
}

/** Reads `--history` once the delivery's areas are known (official names are matched against them). */
export function historyReader(
  file: string,
): (figures: Parameters<typeof areaRefsFromFigures>[0]) => Promise<HistoryInput> {
  return async (figures) => {
    const read = await readHistory(file, areaRefsFromFigures(figures));
    if (!read.ok) throw new Error(`--history ${file}: ${read.errors.map(formatInputError).join('; ')}`);
    return {
      history: read.value,
      inputs: [{ path: resolve(file), sha256: await fileSha256(file) }],
      rowCounts: [
        {
          table: read.value.format === 'officialLists' ? 'official_lists' : 'designations',
          ...read.rowCount,
        },
      ],
      warnings: read.value.warnings,
    };
  };
}
