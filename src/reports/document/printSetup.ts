import type ExcelJS from 'exceljs';

/**
 * Print-ready sheets, the same for the report's annex and the lists' workbook: A4 landscape, fit to one page
 * wide, the header rows repeated on every printed page, modest margins, centred horizontally.
 */
export function applyPrintSetup(
  ws: ExcelJS.Worksheet,
  headerRows: { readonly first: number; readonly last: number } | null,
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    ...(headerRows === null ? {} : { printTitlesRow: `${headerRows.first}:${headerRows.last}` }),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&L&A&RSide &P af &N' };
}
