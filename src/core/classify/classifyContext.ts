import type { Assumptions } from '../assumptions.ts';
import type { Membership } from '../model/history.ts';
import type { AreaId, Year } from '../model/ids.ts';
import type { ListId } from '../model/lists.ts';

/** What classification needs besides the figures: the assumptions and earlier list membership (persistence). */
export interface ClassifyContext {
  readonly assumptions: Assumptions;
  /**
   * The area's membership of `list` (under any of its names) in an earlier year: computed, imported, or not
   * known (with why).
   */
  readonly membershipIn: (areaId: AreaId, year: Year, list: ListId) => Membership;
}
