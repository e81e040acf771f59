import ExcelJS from 'exceljs';

/** A normalised, diffable view of a workbook: per sheet the cell values, number formats and layout. */
export interface SheetDump {
  readonly name: string;
  readonly frozen: { readonly xSplit: number; readonly ySplit: number } | null;
  readonly autoFilter: string | null;
  readonly widths: readonly (number | null)[];
  /** Row by row, cell values (null = empty), trailing empties trimmed. */
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  /** Number format by cell address, where one is set. */
  readonly numFmts: Readonly<Record<string, string>>;
}

export async function xlsxDump(file: string): Promise<SheetDump[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: (string | number | boolean | null)[][] = [];
    const numFmts: Record<string, string> = {};
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: (string | number | boolean | null)[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        const v = cell.value;
        cells.push(v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : v);
        if (cell.numFmt !== undefined && cell.numFmt !== 'General') numFmts[cell.address] = cell.numFmt;
      }
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      rows.push(cells);
    }
    const view = (ws.views as typeof ws.views | null)?.[0];
    const af = ws.autoFilter;
    return {
      name: ws.name,
      frozen:
        view !== undefined && view.state === 'frozen'
          ? { xSplit: view.xSplit ?? 0, ySplit: view.ySplit ?? 0 }
          : null,
      autoFilter: af === undefined ? null : typeof af === 'string' ? af : JSON.stringify(af),
      widths: (ws.columns ?? []).map((c) => c.width ?? null),
      rows,
      numFmts,
    };
  });
}
