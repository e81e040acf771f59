import { areaId, type AreaId } from '../../core/model/ids.ts';
import type { Db } from '../db.ts';
import { query, type Query } from '../sql.ts';
import { workspaceTables } from './workspaceTables.ts';

/** The approved § 168 a plans of the workspace (contract A2 `development_plans`), as far as figure 2.1 reads them. */
export type DevelopmentPlans =
  | { readonly kind: 'absent' }
  | {
      readonly kind: 'present';
      /** Areas with an approved plan approved on or before 1 December of the list year. */
      readonly areas: readonly AreaId[];
    };

/** The areas whose plan was approved by 1 December of the list year. */
export function planAreasQuery(listYear: number): Query {
  return query(
    `
    SELECT area_id FROM development_plans
    WHERE approved_date <= make_date($year, 12, 1)
    ORDER BY area_id
    `,
    { year: listYear },
  );
}

/**
 * The plan areas of list year Y when the workspace has `development_plans` (loaded and validated with the
 * delivery, contract A2); else absent, and the report leaves the plan areas' series out with a note.
 */
export async function developmentPlans(db: Db, listYear: number): Promise<DevelopmentPlans> {
  if (!(await workspaceTables(db)).includes('development_plans')) return { kind: 'absent' };
  const areas = (await db.all<{ area_id: string }>(planAreasQuery(listYear))).map((r) => areaId(r.area_id));
  return { kind: 'present', areas };
}
