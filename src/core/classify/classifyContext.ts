import type { Assumptions } from '../assumptions.ts';
import type { AreaId, Year } from '../model/ids.ts';
import type { ListId } from '../model/lists.ts';

/** What classification needs besides the figures: the assumptions and earlier list membership (persistence). */
export interface ClassifyContext {
  readonly assumptions: Assumptions;
  /** Was the area on `list` in `year` (an earlier year; computed or imported)? */
  readonly wasOnList: (areaId: AreaId, year: Year, list: ListId) => boolean;
}
