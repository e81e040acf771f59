import type { Year } from '../../core/model/ids.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { municipalities } from '../../reference/municipalities.ts';
import type { ReportTable } from './reportTable.ts';

/**
 * Fig 3.1: the forebyggelse areas of list year Y per municipality, every municipality a row (0 where it has
 * none). The lists are public, so these counts of areas pass no disclosure control: they are not persons.
 */
export function figure31From(run: ListRun, listYear: Year): ReportTable {
  const municipalityOf = new Map(
    run.figures.filter((f) => f.year === listYear).map((f) => [f.areaId, f.municipalityCode]),
  );
  const counts = new Map<string, number>();
  for (const d of run.designations) {
    if (d.year !== listYear || d.list !== 'forebyggelse') continue;
    const m = municipalityOf.get(d.areaId);
    if (m === undefined) throw new Error(`figur-3.1: no municipality for area ${d.areaId} in ${listYear}`);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const ms = municipalities();
  const max = Math.max(0, ...counts.values());
  const tops = ms.filter((m) => max > 0 && counts.get(m.code) === max).map((m) => m.name);
  return {
    id: 'figur-3.1',
    titleDa: `Oversigt over placeringen af forebyggelsesområderne fordelt på de danske kommuner i ${listYear}`,
    rows: ms.map((m) => ({ key: m.code, labelDa: m.name })),
    columns: [{ key: 'forebyggelse', labelDa: 'Forebyggelsesområder' }],
    cells: ms.map((m) => ({
      row: m.code,
      column: 'forebyggelse',
      unit: 'count',
      value: { kind: 'value', value: counts.get(m.code) ?? 0 },
    })),
    unit: 'count',
    notesDa: [
      'Antallet af forebyggelsesområder er opgjort på kommuneniveau. ' +
        (tops.length === 0
          ? `Der er ingen forebyggelsesområder pr. 1.12 ${listYear}.`
          : tops.length === 1
            ? `Den kommune med flest forebyggelsesområder er ${tops[0]} Kommune, med ${max} ` +
              `${max === 1 ? 'forebyggelsesområde' : 'forebyggelsesområder'} pr. 1.12 ${listYear}.`
            : `Flest forebyggelsesområder pr. 1.12 ${listYear} har kommunerne ${joinDa(tops)}, med ${max} hver.`),
    ],
    sourceDa: 'Listen over forebyggelsesområder pr. 1. december (beregnet af Boligmonitor).',
    chart: { kind: 'map', column: 'forebyggelse', legendDa: 'Antal forebyggelsesområder' },
  };
}

function joinDa(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1) ?? ''}`;
}
