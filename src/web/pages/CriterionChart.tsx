import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { Year } from '../../core/model/ids.ts';

/** One year's point of a criterion: its value (null: not computable) and the threshold that year. */
export interface ChartPoint {
  readonly year: Year;
  readonly value: number | null;
  readonly threshold: number;
}

const W = 320;
const H = 170;
const PAD = { left: 40, right: 20, top: 12, bottom: 26 };

/**
 * A criterion's value per year against its threshold (dashed), as a small SVG with a title and a description;
 * the numbers are also in the table beside it, for screen readers and for reading exactly.
 */
export function CriterionChart(props: {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly points: readonly ChartPoint[];
}) {
  const { points } = props;
  const values = points.flatMap((p) => (p.value === null ? [p.threshold] : [p.value, p.threshold]));
  const max = Math.max(...values) * 1.1;
  const min = Math.min(0, ...values);
  const years = points.map((p) => p.year);
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  const x = (year: number): number =>
    PAD.left +
    (y1 === y0 ? (W - PAD.left - PAD.right) / 2 : ((year - y0) / (y1 - y0)) * (W - PAD.left - PAD.right));
  const y = (v: number): number => PAD.top + (1 - (v - min) / (max - min || 1)) * (H - PAD.top - PAD.bottom);
  const line = points
    .filter((p) => p.value !== null)
    .map((p) => `${x(p.year).toFixed(1)},${y(p.value as number).toFixed(1)}`)
    .join(' ');
  const steps = points.map((p) => `${x(p.year).toFixed(1)},${y(p.threshold).toFixed(1)}`).join(' ');
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const last = [...points].reverse().find((p) => p.value !== null);
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>
        {last === undefined
          ? 'Ingen beregnede værdier.'
          : `Seneste værdi ${formatNumberDa(last.value as number, 1)} ${props.unit} i ${last.year}; grænsen er den stiplede linje. Tallene står i tabellen.`}
      </desc>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(min)} y2={y(min)} stroke="#767676" />
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="#767676" />
      {[min, (min + max) / 2, max].map((v) => (
        <text x={PAD.left - 4} y={y(v) + 4} text-anchor="end" font-size="10" fill="#1a1a1a">
          {formatNumberDa(v, v >= 10 ? 0 : 1)}
        </text>
      ))}
      {[y0, y1].map((yr) => (
        <text x={x(yr)} y={H - 8} text-anchor="middle" font-size="10" fill="#1a1a1a">
          {yr}
        </text>
      ))}
      <polyline points={steps} fill="none" stroke="#8b0a03" stroke-width="1.5" stroke-dasharray="5 4" />
      {line !== '' && <polyline points={line} fill="none" stroke="#0059b3" stroke-width="2.5" />}
      {points
        .filter((p) => p.value !== null)
        .map((p) => (
          <circle cx={x(p.year)} cy={y(p.value as number)} r="3" fill="#0059b3" />
        ))}
    </svg>
  );
}
