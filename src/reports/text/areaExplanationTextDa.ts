import { formatNumberDa } from '../../core/format/formatDa.ts';
import { yearSpans } from '../../core/history/unknownMembershipText.ts';
import { LIST_NAMES_DA } from '../../core/model/lists.ts';
import type { AreaExplanation } from '../../views/areaExplanation.ts';
import { marginTextDa } from '../../views/criterionView.ts';
import { CHANGE_NAMES_DA } from '../lists/changesSheet.ts';

/** The area explanation as Danish text for the terminal (`boligmonitor explain`). */
export function areaExplanationTextDa(e: AreaExplanation): string {
  const kommune = e.municipalityName ?? e.municipalityCode;
  const lines = [
    `${e.name} (${e.areaId}), ${kommune} Kommune — listeår ${e.year}, regelsæt ${e.ruleSetId}`,
    `Beboere: ${formatNumberDa(e.residents)}${e.eligible ? '' : ' (ikke vurderet)'}`,
    e.summaryDa,
    '',
  ];
  for (const d of e.decisions) {
    lines.push(`${d.nameDa}: ${d.member ? 'ja' : 'nej'}${d.uncertain ? ' (usikker)' : ''}`);
    lines.push(`  ${d.reasonDa}`);
    for (const c of d.criteria) {
      const text = c.kind === 'evaluated' ? c.textDa : c.measure;
      lines.push(`  - ${text}: ${marginTextDa(c)}`);
    }
  }
  const changes = e.changes.filter((c) => c.change !== 'stayed');
  lines.push('', `Ændringer i forhold til ${e.year - 1}:`);
  if (changes.length === 0) lines.push('  ingen');
  for (const c of changes) lines.push(`  ${CHANGE_NAMES_DA[c.change]}: ${c.reasonDa}`);
  lines.push('', 'Historik:');
  if (e.history.length === 0) lines.push('  ikke på nogen liste');
  for (const h of e.history) {
    const all = [...h.computedYears, ...h.importedYears];
    const imported = h.importedYears.length > 0 ? ` (importeret: ${yearSpans(h.importedYears)})` : '';
    lines.push(`  ${LIST_NAMES_DA[h.list]}: ${yearSpans(all)}${imported}`);
  }
  return lines.join('\n') + '\n';
}
