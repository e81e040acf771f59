import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ListRun } from '../../core/model/listRun.ts';
import { writeDirectoryAtomically } from '../../io/writeDirectoryAtomically.ts';
import { changesCsv } from './changesCsv.ts';
import { indicatorsCsv } from './indicatorsCsv.ts';
import { listerWorkbook } from './listerWorkbook.ts';
import type { PlanSheetInput } from './plansSheet.ts';
import { listsCsv } from './listsCsv.ts';
import { listsJson } from './listsJson.ts';
import { manifestJson } from './manifestJson.ts';
import type { RunProvenance } from './runProvenance.ts';

/** The files every list run writes, in the order they are written (the manifest last). */
export const LIST_OUTPUT_FILES = [
  'indicators.csv',
  'lists.csv',
  'changes.csv',
  'lists.json',
  'lister.xlsx',
  'manifest.json',
] as const;

/**
 * Writes a list run's outputs (data contract §D plus `lists.json`, `changes.csv`, `lister.xlsx`)
 * atomically: into a temporary sibling directory renamed to `outDir` on success; on failure nothing is
 * left at `outDir`.
 */
export async function writeListOutputs(
  outDir: string,
  run: ListRun,
  provenance: RunProvenance,
): Promise<void> {
  await writeDirectoryAtomically(outDir, (tmp) => writeListFiles(tmp, run, provenance));
}

/** Writes the list outputs into an existing directory (used inside an atomic write). */
export async function writeListFiles(
  dir: string,
  run: ListRun,
  provenance: RunProvenance,
  plans?: PlanSheetInput,
): Promise<void> {
  const texts: [string, string][] = [
    ['indicators.csv', indicatorsCsv(run)],
    ['lists.csv', listsCsv(run)],
    ['changes.csv', changesCsv(run)],
    ['lists.json', JSON.stringify(listsJson(run), null, 2) + '\n'],
  ];
  const outputs: { file: string; sha256: string }[] = [];
  for (const [file, text] of texts) {
    await writeFile(join(dir, file), text, 'utf8');
    outputs.push({ file, sha256: sha256(text) });
  }
  await listerWorkbook(run, provenance, plans).xlsx.writeFile(join(dir, 'lister.xlsx'));
  outputs.push({ file: 'lister.xlsx', sha256: sha256(await readFile(join(dir, 'lister.xlsx'))) });
  const manifest = manifestJson(run, provenance, new Date(), outputs);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', 'utf8');
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
