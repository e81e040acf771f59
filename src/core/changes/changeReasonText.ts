import { assertNever } from '../assertNever.ts';
import { formatNumberDa } from '../format/formatDa.ts';
import type { ChangeReason } from '../model/listChange.ts';
import { LIST_NAMES_DA } from '../model/lists.ts';

/**
 * The English text of a reason, and the Danish one for reasons that carry no text. Criterion reasons carry
 * their Danish text; their English text is made where the criterion result is at hand (listChangesFor).
 */
export function changeReasonTextDa(r: ChangeReason): string {
  switch (r.kind) {
    case 'criterionMet':
    case 'criterionNoLongerMet':
      return r.textDa;
    case 'notAssessed':
      return `ikke vurderet: ${formatNumberDa(r.residents)} beboere < ${formatNumberDa(r.minResidents)}`;
    case 'assessedAgain':
      return `vurderet igen (året før ${formatNumberDa(r.previousResidents)} beboere < ${formatNumberDa(r.minResidents)})`;
    case 'movedBetweenLists':
      return `flyttet fra ${LIST_NAMES_DA[r.from].toLowerCase()} til ${LIST_NAMES_DA[r.to].toLowerCase()}`;
    case 'persistence':
      return `opfyldt i hvert af de seneste ${r.years} år`;
    case 'dependsOnList':
      return `${r.nowMember ? 'nu' : 'ikke længere'} på listen over ${LIST_NAMES_DA[r.list].toLowerCase()}`;
    case 'ruleSetChanged':
      return `nye regler (${r.from} → ${r.to})`;
    case 'noFigures':
      return 'ingen tal for området';
    default:
      return assertNever(r);
  }
}

export function changeReasonTextEn(
  r: Exclude<ChangeReason, { kind: 'criterionMet' | 'criterionNoLongerMet' }>,
): string {
  switch (r.kind) {
    case 'notAssessed':
      return `not assessed: ${r.residents} residents < ${r.minResidents}`;
    case 'assessedAgain':
      return `assessed again (the year before ${r.previousResidents} residents < ${r.minResidents})`;
    case 'movedBetweenLists':
      return `moved from ${r.from} to ${r.to}`;
    case 'persistence':
      return `persistence reached: met in each of the last ${r.years} years`;
    case 'dependsOnList':
      return `${r.nowMember ? 'now' : 'no longer'} on ${r.list}`;
    case 'ruleSetChanged':
      return `rule set changed (${r.from} -> ${r.to})`;
    case 'noFigures':
      return 'no figures for the area';
    default:
      return assertNever(r);
  }
}
