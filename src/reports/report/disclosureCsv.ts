import type { DisclosureDecision } from '../../disclosure/disclosureDecision.ts';
import { csvText } from '../lists/csvText.ts';

/** Header of `audit/disclosure.csv` (contract §F). */
export const DISCLOSURE_COLUMNS = ['id', 'row', 'column', 'rule', 'primary_or_secondary', 'reason'] as const;

/** `audit/disclosure.csv`: every suppression decision, in the order given, with its rule and Danish reason. */
export function disclosureCsv(decisions: readonly DisclosureDecision[]): string {
  return csvText(
    DISCLOSURE_COLUMNS,
    decisions.map((d) => [d.id, d.row, d.column, d.rule, d.primaryOrSecondary, d.reasonDa]),
  );
}
