/** Row balance of one input table: rows in = rows accepted + rows rejected. */
export interface TableRowCount {
  readonly table: string;
  readonly rowsIn: number;
  readonly accepted: number;
  readonly rejected: number;
}
