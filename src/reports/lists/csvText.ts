/** A CSV cell: text, a number (full precision, `.` decimal), or null (empty). */
export type CsvCell = string | number | null;

/** RFC 4180 CSV with a header row and `\n` line ends; fields with `,`, `"` or line breaks are quoted. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\n').join('');
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return csvNumber(cell);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Shortest round-trip decimal, never in exponent notation; non-finite numbers are empty. */
export function csvNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  const s = String(x);
  if (!/e/i.test(s)) return s;
  const [mantissa = '', exp = '0'] = s.toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [int = '', frac = ''] = mantissa.replace('-', '').split('.');
  const digits = int + frac;
  const point = int.length + Number(exp);
  const body =
    point <= 0
      ? '0.' + '0'.repeat(-point) + digits
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : digits.slice(0, point) + '.' + digits.slice(point);
  return (negative ? '-' : '') + body;
}
