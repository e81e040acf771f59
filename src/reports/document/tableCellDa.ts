import { assertNever } from '../../core/assertNever.ts';
import type { Cell } from '../../disclosure/cell.ts';
import { numberTextDa } from '../charts/valueTextDa.ts';

/** The marks a table prints for a cell without a number, and the notes that explain them (the seed's). */
export const CELL_MARKS = {
  suppressed: {
    mark: '*',
    noteDa: '* Diskretioneret: tallet vises ikke, da det kan henføres til enkeltpersoner.',
  },
  notApplicable: { mark: '–', noteDa: '– Ikke relevant.' },
  missing: { mark: '..', noteDa: '.. Ingen data' },
} as const;

/**
 * A published cell as a table prints it, in one place for every table renderer (HTML, PDF, Excel): the number
 * in Danish with its unit (`64 pct.`, `312.400 kr.`, `1.698`), `*` suppressed, `–` not applicable, `..` missing.
 */
export function tableCellDa(cell: Cell): string {
  const v = cell.value;
  switch (v.kind) {
    case 'value':
      return numberTextDa(v.value, cell.unit);
    case 'suppressed':
      return CELL_MARKS.suppressed.mark;
    case 'notApplicable':
      return CELL_MARKS.notApplicable.mark;
    case 'missing':
      return CELL_MARKS.missing.mark;
    default:
      return assertNever(v);
  }
}

/**
 * The notes a table's marks need, after its own notes: "Diskretioneret" when a cell is suppressed, the reasons
 * when cells are missing, "Ikke relevant" when a cell has no meaning.
 */
export function markNotesDa(cells: readonly Cell[]): string[] {
  const notes: string[] = [];
  if (cells.some((c) => c.value.kind === 'suppressed')) notes.push(CELL_MARKS.suppressed.noteDa);
  const reasons = [...new Set(cells.flatMap((c) => (c.value.kind === 'missing' ? [c.value.why] : [])))];
  if (reasons.length > 0) notes.push(`${CELL_MARKS.missing.noteDa}: ${reasons.join('; ')}.`);
  if (cells.some((c) => c.value.kind === 'notApplicable')) notes.push(CELL_MARKS.notApplicable.noteDa);
  return notes;
}
