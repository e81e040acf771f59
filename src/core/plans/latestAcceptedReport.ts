import type { PlanReport } from './planModel.ts';

/**
 * The report that stands for a plan in list year `upToYear`: the latest accepted report submitted by then. A
 * later `not_accepted` or `pending` report never replaces it (domain §5); null when no report was accepted.
 */
export function latestAcceptedReport(reports: readonly PlanReport[], upToYear: number): PlanReport | null {
  let best: PlanReport | null = null;
  for (const r of reports) {
    if (r.status !== 'accepted' || r.reportYear > upToYear) continue;
    if (best === null || r.reportYear > best.reportYear) best = r;
  }
  return best;
}

/** The reports submitted after the standing one (or all, without one) that do not count, with their status. */
export function reportsNotCounted(reports: readonly PlanReport[], upToYear: number): readonly PlanReport[] {
  const standing = latestAcceptedReport(reports, upToYear);
  return reports
    .filter((r) => r.reportYear <= upToYear && r.status !== 'accepted')
    .filter((r) => standing === null || r.reportYear > standing.reportYear)
    .sort((a, b) => a.reportYear - b.reportYear);
}
