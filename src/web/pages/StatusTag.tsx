import type { MembershipCell } from '../data/siteViews.ts';

const TEXT = {
  yes: { short: 'Ja', long: 'på listen', cls: 'status-yes' },
  no: { short: 'Nej', long: 'ikke på listen', cls: 'status-no' },
  unknown: { short: '?', long: 'ukendt', cls: 'status-unknown' },
  noList: { short: '–', long: 'listen fandtes ikke', cls: 'status-nolist' },
} as const;

/** A membership as a tag; unknown says why, and is never shown as "not on the list". */
export function StatusTag(props: { readonly cell: MembershipCell; readonly compact?: boolean }) {
  const { cell } = props;
  const t = TEXT[cell.state];
  const source =
    cell.state === 'yes' || cell.state === 'no'
      ? cell.source === 'computed'
        ? ' (beregnet)'
        : ' (officiel liste)'
      : '';
  const why = cell.state === 'unknown' ? `: ${cell.whyDa}` : '';
  if (props.compact === true) {
    return (
      <span class={`status ${t.cls}`}>
        <span aria-hidden="true">{t.short}</span>
        <span class="sr-only">{`${t.long}${source}${why}`}</span>
      </span>
    );
  }
  return (
    <span class={`status ${t.cls}`}>{`${t.long[0]?.toUpperCase()}${t.long.slice(1)}${source}${why}`}</span>
  );
}

/** The timeline legend. */
export function StatusLegend() {
  return (
    <ul class="legend" aria-label="Forklaring">
      {(['yes', 'no', 'unknown', 'noList'] as const).map((k) => (
        <li>
          <span class={`status ${TEXT[k].cls}`} aria-hidden="true">
            {TEXT[k].short}
          </span>{' '}
          {TEXT[k].long}
        </li>
      ))}
    </ul>
  );
}
