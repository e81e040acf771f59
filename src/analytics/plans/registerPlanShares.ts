import type { AreaId } from '../../core/model/ids.ts';
import type { Db } from '../db.ts';

/**
 * One row of the registers' count behind a plan area's share (src/analytics/housing/registerPlanShareQuery.ts):
 * the area's public family dwellings, other dwellings and commercial floor area on 1 January `year`, from
 * `dwellings` + `dwelling_events` + `commercial_floor`. `commercialM2` is null when `commercial_floor` has no
 * row for the area and year.
 */
export interface RegisterPlanShareRow {
  readonly areaId: AreaId;
  readonly year: number;
  readonly publicFamilyDwellings: number;
  readonly otherDwellings: number;
  readonly commercialM2: number | null;
}

/** Reads the registers' counts for the given areas, every year the workspace has. */
export type RegisterPlanShares = (
  db: Db,
  areas: readonly AreaId[],
) => Promise<readonly RegisterPlanShareRow[]>;
