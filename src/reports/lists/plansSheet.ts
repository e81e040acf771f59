import type ExcelJS from 'exceljs';
import type { AreaId } from '../../core/model/ids.ts';
import { toNumber, type Rational } from '../../core/exact/rational.ts';
import { PLAN_STATUS_DA, type PlanAccount } from '../../core/plans/planAccount.ts';

/** The plan areas' accounts a list run's workbook shows (when the delivery has development plans). */
export interface PlanSheetInput {
  readonly listYear: number;
  readonly accounts: readonly PlanAccount[];
  readonly nameOf: (areaId: AreaId) => string;
}

const LISTING_DA = { on: 'Ja', off: 'Nej', unknown: 'Ukendt' } as const;
const DISPENSATION_DA = { none: 'Ingen', stk3: '§ 168 a, stk. 3', stk4: '§ 168 a, stk. 4' } as const;

const pct = (x: Rational | null | undefined): number | string =>
  x === null || x === undefined ? 'ukendt' : Math.round(toNumber(x) * 10) / 10;

/**
 * The sheet "Udviklingsplaner": one row per plan approved by 1 December of the list year — target, standing
 * report, shares at start, in the last realised year and projected to 2030, status with its reason, and
 * whether the area is still an omdannelse area (the plan and duty stand either way).
 */
export function addPlansSheet(wb: ExcelJS.Workbook, input: PlanSheetInput): void {
  const ws = wb.addWorksheet('Udviklingsplaner', { views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }] });
  ws.columns = [30, 18, 12, 8, 10, 16, 11, 10, 10, 10, 12, 18, 60, 16, 80].map((width) => ({ width }));
  const y = input.listYear;
  ws.getCell(1, 1).value = `Udviklingsplaner (almenboligloven § 168 a) godkendt senest 1. december ${y}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value =
    'Andel = almene familieboliger / (alle boliger + erhvervsareal / 75 m²), efter den seneste årsrapport, der ' +
    'er taget til efterretning. Pligten består, også når området ikke længere er et omdannelsesområde.';
  ws.getCell(2, 1).font = { italic: true };
  const headers = [
    'Boligområde',
    'Område-id',
    'Godkendt',
    'Startår',
    'Mål (pct.)',
    'Dispensation',
    'Årsrapport',
    'Andel start (pct.)',
    'Seneste realiserede år',
    'Andel seneste (pct.)',
    'Fremskrivning 2030 (pct.)',
    'Status',
    'Begrundelse',
    `Omdannelsesområde ${y}`,
    'Bemærkning',
  ];
  headers.forEach((h, i) => {
    const cell = ws.getCell(3, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'bottom' };
    cell.border = { bottom: { style: 'thin' } };
  });
  input.accounts.forEach((a, i) => {
    const last = a.realised.at(-1) ?? null;
    const values: (string | number)[] = [
      input.nameOf(a.plan.areaId),
      a.plan.areaId,
      a.plan.approvedDate,
      a.plan.baselineYear,
      toNumber(a.targetPct),
      DISPENSATION_DA[a.plan.dispensation],
      a.reportYear ?? 'ingen godkendt',
      pct(a.start?.sharePct),
      last?.year ?? '',
      pct(last?.sharePct),
      pct(a.projection?.sharePct),
      PLAN_STATUS_DA[a.status.kind],
      a.status.kind === 'unknown' ? a.status.whyDa : a.status.reasonDa,
      LISTING_DA[a.listing],
      [a.dutyDa, ...a.notesDa].filter((n): n is string => n !== null).join(' '),
    ];
    const row = ws.getRow(4 + i);
    values.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      cell.value = v;
      if (typeof v === 'number' && j !== 3 && j !== 8 && j !== 6) cell.numFmt = '0.0';
    });
  });
}
