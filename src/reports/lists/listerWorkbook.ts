import ExcelJS from 'exceljs';
import type { AreaFigures } from '../../core/model/areaFigures.ts';
import type { AreaAssessment } from '../../core/model/assessment.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { applyPrintSetup } from '../document/printSetup.ts';
import { addAboutSheet } from './aboutSheet.ts';
import { addChangesSheet } from './changesSheet.ts';
import { addListSheet } from './listSheet.ts';
import { sortedDesignations } from './listsCsv.ts';
import { addPlansSheet, type PlanSheetInput } from './plansSheet.ts';
import { addUncertainSheet } from './uncertainSheet.ts';
import type { RunProvenance } from './runProvenance.ts';

/**
 * `lister.xlsx`: one sheet per list and year (latest year first, lists in the order the law decides
 * them), then "Ændringer", "Usikre afgørelser", "Udviklingsplaner" (when the delivery has plans) and "Om". Dates are fixed from the run's start so the content is reproducible.
 */
export function listerWorkbook(
  run: ListRun,
  provenance: RunProvenance,
  plans?: PlanSheetInput,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligmonitor';
  wb.lastModifiedBy = 'Boligmonitor';
  wb.created = provenance.startedAt;
  wb.modified = provenance.startedAt;
  const assessments = new Map<string, AreaAssessment>(
    run.assessments.map((a) => [`${a.year}\u0000${a.areaId}`, a]),
  );
  const figures = new Map<string, AreaFigures>(run.figures.map((f) => [`${f.year}\u0000${f.areaId}`, f]));
  const designations = sortedDesignations(run);
  for (const year of [...run.years].sort((a, b) => b - a)) {
    const ruleSet = run.ruleSets.get(year);
    if (ruleSet === undefined) continue;
    for (const { list } of ruleSet.lists) {
      const members = designations
        .filter((d) => d.year === year && d.list === list)
        .flatMap((d) => {
          const key = `${year}\u0000${d.areaId}`;
          const assessment = assessments.get(key);
          return assessment === undefined ? [] : [{ assessment, figures: figures.get(key) }];
        });
      addListSheet(wb, { year, list, ruleSet, members });
    }
  }
  addChangesSheet(wb, run);
  addUncertainSheet(wb, run);
  if (plans !== undefined) addPlansSheet(wb, plans);
  addAboutSheet(wb, run, provenance);
  // Print-ready like the report's annex: the header rows (those frozen on screen) repeat on every page.
  for (const ws of wb.worksheets) {
    const frozen = (ws.views as typeof ws.views | null)?.[0];
    const headerRows = frozen?.state === 'frozen' ? (frozen.ySplit ?? 0) : 0;
    applyPrintSetup(ws, headerRows > 0 ? { first: 1, last: headerRows } : null);
  }
  return wb;
}
