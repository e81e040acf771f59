import type { ListRun, ListRunInput } from '../model/listRun.ts';

/** The one entry point: figures → assessments → designations → changes, for every year of the run. */
export function listRunFromFigures(input: ListRunInput): ListRun {
  void input;
  throw new Error('listRunFromFigures: not available yet');
}
