import type { AreaId, Year } from './ids.ts';
import type { ListId } from './lists.ts';

/** An area's membership of a list in a year (data contract §C). */
export interface Designation {
  readonly year: Year;
  readonly areaId: AreaId;
  readonly list: ListId;
  /** `computed` by this system, or imported (`official`, or a free-text source). */
  readonly source: string;
}
