import type { RunDeliveryOptions } from '../runs/runDelivery.ts';
import { historyReader } from './commands/runAction.ts';
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
