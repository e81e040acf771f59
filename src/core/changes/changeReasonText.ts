import { assertNever } from '../assertNever.ts';
import { formatNumberDa } from '../format/formatDa.ts';
import { unknownMembershipText } from '../history/unknownMembershipText.ts';
import type { ChangeReason } from '../model/listChange.ts';
import { LIST_NAMES_DA } from '../model/lists.ts';

/** A reason in Danish. Wording claims a change ("nu", "ikke længere") only where last year is known. */
export function changeReasonTextDa(r: ChangeReason): string {
  switch (r.kind) {
    case 'criterion':
      return r.textDa;
    case 'notAssessed':
      return `ikke vurderet: ${formatNumberDa(r.residents)} beboere < ${formatNumberDa(r.minResidents)}`;
    case 'assessedAgain':
      return `vurderet igen (året før ${formatNumberDa(r.previousResidents)} beboere < ${formatNumberDa(r.minResidents)})`;
    case 'movedBetweenLists':
      return `flyttet fra ${LIST_NAMES_DA[r.from].toLowerCase()} til ${LIST_NAMES_DA[r.to].toLowerCase()}`;
    case 'persistence':
      return `opfyldt i hvert af de seneste ${r.years} år`;
    case 'dependsOnList': {
      const name = LIST_NAMES_DA[r.list].toLowerCase();
      if (r.nowMember) return `${r.before === 'no' ? 'nu ' : ''}på listen over ${name}`;
      return `${r.before === 'yes' ? 'ikke længere' : 'ikke'} på listen over ${name}`;
    }
    case 'ruleSetChanged':
      return `nye regler (${r.from} → ${r.to})`;
    case 'newList':
      return `listen over ${LIST_NAMES_DA[r.list].toLowerCase()} findes fra ${r.year}`;
    case 'previousUnknown':
      return `status ${r.why.year} ukendt (${unknownMembershipText([r.why], 'da')})`;
    case 'decisionUncertain':
      return r.reasonDa;
    case 'noFigures':
      return 'ingen tal for området';
    default:
      return assertNever(r);
  }
}

/** The same reason in English (machine-oriented). */
export function changeReasonTextEn(r: ChangeReason): string {
  switch (r.kind) {
    case 'criterion':
      return r.textEn;
    case 'notAssessed':
      return `not assessed: ${r.residents} residents < ${r.minResidents}`;
    case 'assessedAgain':
      return `assessed again (the year before ${r.previousResidents} residents < ${r.minResidents})`;
    case 'movedBetweenLists':
      return `moved from ${r.from} to ${r.to}`;
    case 'persistence':
      return `persistence reached: met in each of the last ${r.years} years`;
    case 'dependsOnList':
      if (r.nowMember) return `${r.before === 'no' ? 'now ' : ''}on ${r.list}`;
      return `${r.before === 'yes' ? 'no longer' : 'not'} on ${r.list}`;
    case 'ruleSetChanged':
      return `rule set changed (${r.from} -> ${r.to})`;
    case 'newList':
      return `${r.list} is a new list from ${r.year}`;
    case 'previousUnknown':
      return `status ${r.why.year} unknown (${unknownMembershipText([r.why], 'en')})`;
    case 'decisionUncertain':
      return 'decision uncertain';
    case 'noFigures':
      return 'no figures for the area';
    default:
      return assertNever(r);
  }
}
