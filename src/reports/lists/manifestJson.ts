import { SOFTWARE_VERSION } from '../../softwareVersion.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import type { RunProvenance } from './runProvenance.ts';
import { ruleSetSha256 } from '../../views/ruleSetSha256.ts';

/** `manifest.json`: everything needed to know how a run's outputs were made (data contract §D). */
export function manifestJson(
  run: ListRun,
  provenance: RunProvenance,
  finishedAt: Date,
  outputs: readonly { readonly file: string; readonly sha256: string }[],
): Record<string, unknown> {
  return {
    format: 'boligmonitor.manifest/1',
    software: { name: 'boligmonitor', version: SOFTWARE_VERSION },
    command: provenance.command,
    startedAt: provenance.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    years: [...run.years].sort((a, b) => a - b),
    // Earlier years computed from the same input because the requested years depend on them, and the ones
    // the input does not cover (taken from the history, or unknown).
    contextYears: run.contextYears,
    uncoveredYears: run.uncoveredYears,
    ruleSets: [...run.years]
      .sort((a, b) => a - b)
      .flatMap((year) => {
        const rs = run.ruleSets.get(year);
        return rs === undefined
          ? []
          : [
              {
                year,
                id: rs.id,
                ...(rs.basedOn === undefined ? {} : { basedOn: rs.basedOn }),
                sha256: ruleSetSha256(rs),
              },
            ];
      }),
    assumptions: { ...provenance.assumptions },
    inputs: provenance.inputs.map((i) => ({ path: i.path, sha256: i.sha256 })),
    rowCounts: provenance.rowCounts.map((r) => ({
      table: r.table,
      rowsIn: r.rowsIn,
      accepted: r.accepted,
      rejected: r.rejected,
    })),
    outputs: outputs.map((o) => ({ file: o.file, sha256: o.sha256 })),
    extra: provenance.extra ?? {},
  };
}
