import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import type { Query } from '../../../src/analytics/sql.ts';
import { destinationsQuery } from '../../../src/analytics/socialExport/destinationsQuery.ts';
import { didPanelQuery } from '../../../src/analytics/socialExport/didPanelQuery.ts';
import { inMoversQuery } from '../../../src/analytics/socialExport/inMoversQuery.ts';
import { outMoversQuery } from '../../../src/analytics/socialExport/outMoversQuery.ts';
import { DEFAULT_SOCIAL_EXPORT_OPTIONS } from '../../../src/core/socialExport/socialExportOptions.ts';
import {
  socialExportSetupQueries,
  type SocialExportSpec,
} from '../../../src/analytics/socialExport/socialExportSetupQueries.ts';
import { expectGolden, expectNoOrphanGoldens } from '../../expectGolden.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'social-export-sql');

const SPEC: SocialExportSpec = {
  listYear: 2024,
  moveYears: [2023, 2024],
  forebyggelseAreas: ['B', 'C'],
  treatedAreas: ['B'],
  options: DEFAULT_SOCIAL_EXPORT_OPTIONS,
  assumptions: DEFAULT_ASSUMPTIONS,
  dwellingEvents: true,
};

/** Chapter 3's queries for a small fixed spec: their SQL text and parameters. */
function goldenQueries(): [string, Query][] {
  return [
    ...socialExportSetupQueries(SPEC).map((q, i): [string, Query] => [`setup-${i + 1}`, q]),
    ['in-movers', inMoversQuery(SPEC)],
    ['out-movers', outMoversQuery()],
    ['destinations', destinationsQuery(2024)],
    ['did-panel', didPanelQuery()],
  ];
}

const render = (q: Query): string => `-- params: ${JSON.stringify(q.params)}\n${q.sql}\n`;

describe('social export SQL (golden text)', () => {
  const queries = goldenQueries();
  for (const [name, q] of queries) {
    it(name, () => expectGolden(DIR, `${name}.sql`, render(q)));
  }
  it('has no orphan goldens', () =>
    expectNoOrphanGoldens(
      DIR,
      queries.map(([n]) => `${n}.sql`),
    ));
});
