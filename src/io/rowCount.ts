/** Row balance of one input file: rows in = rows accepted + rows rejected. */
export interface RowCount {
  readonly rowsIn: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** Counts rows by the lines that have at least one error; a header error rejects every row. */
export function rowCountOf(
  rowsIn: number,
  rejectedLines: ReadonlySet<number>,
  headerFailed: boolean,
): RowCount {
  const rejected = headerFailed ? rowsIn : rejectedLines.size;
  return { rowsIn, accepted: rowsIn - rejected, rejected };
}
