import type { Year } from '../../core/model/ids.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { MembershipCell } from '../data/siteViews.ts';
import { StatusLegend, StatusTag } from './StatusTag.tsx';

/** An area's membership of every list in every year, with why each unknown is unknown. */
export function MembershipTimeline(props: {
  readonly timeline: {
    readonly years: readonly Year[];
    readonly rows: readonly { list: ListId; cells: readonly MembershipCell[] }[];
  };
  /** Where each span of years comes from (computed by which run, or the official lists). */
  readonly sourcesDa?: string;
}) {
  const { timeline } = props;
  const unknownReasons = [
    ...new Set(
      timeline.rows.flatMap((r) => r.cells.flatMap((c) => (c.state === 'unknown' ? [c.whyDa] : []))),
    ),
  ].sort((a, b) => a.localeCompare(b, 'da', { numeric: true }));
  return (
    <>
      <StatusLegend />
      {props.sourcesDa !== undefined && <p class="muted">{props.sourcesDa}</p>}
      <div class="table-wrap" tabindex={0} role="region" aria-label="Status på listerne år for år">
        <table class="table table--compact timeline">
          <caption class="sr-only">Områdets status på hver liste i hvert år</caption>
          <thead>
            <tr>
              <th scope="col">Liste</th>
              {timeline.years.map((y) => (
                <th scope="col">{y}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {timeline.rows.map((r) => (
              <tr>
                <th scope="row">{LIST_NAMES_DA[r.list]}</th>
                {r.cells.map((c) => (
                  <td>
                    <StatusTag cell={c} compact />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unknownReasons.length > 0 && (
        <div>
          <p>
            <strong>Hvorfor ukendt?</strong> Ukendt betyder, at det ikke vides, om området var på listen –
            ikke at det ikke var:
          </p>
          <ul>
            {unknownReasons.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
