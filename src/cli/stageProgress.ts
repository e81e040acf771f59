import cliProgress from 'cli-progress';
import { printErr } from './printReport.ts';

export interface StageProgress {
  /** Report progress within a stage; a new `stage` label closes the previous bar. */
  readonly step: (stage: string, step: string, done: number, total: number) => void;
  readonly stop: () => void;
}

/** Progress that shows nothing. */
export const SILENT_PROGRESS: StageProgress = { step: () => undefined, stop: () => undefined };

/**
 * Progress on standard error: a bar per stage when it is a terminal, one timed line per stage otherwise
 * (logs and CI). Standard output stays clean for results and JSON.
 */
export function stageProgress(): StageProgress {
  let current: string | undefined;
  const started = performance.now();
  if (process.stderr.isTTY !== true) {
    return {
      step: (stage) => {
        if (stage === current) return;
        current = stage;
        printErr(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${stage} …`);
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{stage} [{bar}] {value}/{total} {step}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let active = false;
  return {
    step: (stage, step, done, total) => {
      if (stage !== current) {
        if (active) bar.stop();
        bar.start(total, done, { stage: stage.padEnd(22), step });
        active = true;
        current = stage;
      } else {
        bar.setTotal(total);
        bar.update(done, { step });
      }
    },
    stop: () => {
      if (active) bar.stop();
    },
  };
}
