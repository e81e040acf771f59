import { yearSpans } from '../../core/history/unknownMembershipText.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { ScenarioComparison } from '../../views/scenarioComparison.ts';

/** Per year and list: the areas that enter (+) or leave (−) under the scenario, with the reason. */
export function scenarioComparisonTextDa(view: ScenarioComparison): string {
  const { scenario, years, differences } = view;
  const basedOn = scenario.basedOn === null ? '' : ` (bygger på ${scenario.basedOn})`;
  const lines = [
    `Scenarie ${scenario.id}${basedOn}: ${scenario.nameDa}`,
    `sammenlignet med de gældende regelsæt, listeår ${yearSpans(years)}`,
    '',
  ];
  for (const year of years) {
    const ofYear = differences.filter((d) => d.year === year);
    lines.push(`${year}:${ofYear.length === 0 ? ' ingen forskelle' : ''}`);
    let list: ListId | undefined;
    for (const d of ofYear) {
      if (d.list !== list) {
        list = d.list;
        const enters = ofYear.filter((x) => x.list === list && x.change === 'entersUnderScenario').length;
        const leaves = ofYear.filter((x) => x.list === list && x.change === 'leavesUnderScenario').length;
        lines.push(`  ${LIST_NAMES_DA[d.list]}: ${enters} kommer på, ${leaves} falder af`);
      }
      lines.push(`    ${d.change === 'entersUnderScenario' ? '+' : '−'} ${d.name}: ${d.reasonDa}`);
    }
  }
  return lines.join('\n') + '\n';
}
