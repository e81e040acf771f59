import type ExcelJS from 'exceljs';
import { SOFTWARE_VERSION } from '../../softwareVersion.ts';
import { ASSUMPTIONS, type AssumptionName } from '../../core/assumptions.ts';
import { LIST_NAMES_DA } from '../../core/model/lists.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import type { RuleSet } from '../../core/model/ruleSet.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import { ruleSetSha256 } from '../../views/ruleSetSha256.ts';
import type { RunProvenance } from './runProvenance.ts';

/** Local time in Copenhagen, `2024-12-01 10:00`, whatever the machine's time zone. */
export function copenhagenTime(d: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
  return parts;
}

/** The sheet "Om": the run, the rule sets with their criteria, the assumptions and the sources. */
export function addAboutSheet(wb: ExcelJS.Workbook, run: ListRun, provenance: RunProvenance): void {
  const ws = wb.addWorksheet('Om');
  ws.columns = [22, 24, 40, 36, 10, 10, 18, 10].map((width) => ({ width }));
  const rows: (string | number)[][] = [];
  const section = (title: string) => rows.push([], [title]);
  rows.push(['Om lister.xlsx']);
  rows.push(['Program', `Boligmonitor ${SOFTWARE_VERSION}`]);
  rows.push(['Kommando', provenance.command]);
  rows.push(['Kørt', copenhagenTime(provenance.startedAt)]);

  section('Regelsæt pr. listeår');
  rows.push(['År', 'Regelsæt', 'Navn', 'SHA-256']);
  const years = [...run.years].sort((a, b) => a - b);
  const used = new Map<string, RuleSet>();
  for (const year of years) {
    const rs = run.ruleSets.get(year);
    if (rs === undefined) continue;
    used.set(rs.id, rs);
    rows.push([
      year,
      rs.id + (rs.basedOn === undefined ? '' : ` (bygger på ${rs.basedOn})`),
      rs.nameDa,
      ruleSetSha256(rs),
    ]);
  }

  section('Kriterier');
  rows.push([
    'Regelsæt',
    'Liste',
    'Kriterium',
    'Lovhenvisning',
    'Operator',
    'Tærskel',
    'Sammenlignes som',
    'År i snit',
  ]);
  for (const rs of used.values()) {
    for (const rule of rs.lists) {
      const group = rule.group === undefined ? [] : rule.group.criteria;
      for (const c of [...(rule.gates ?? []), ...group]) {
        rows.push([
          rs.id,
          LIST_NAMES_DA[rule.list],
          c.descriptionDa,
          c.legalRef,
          c.operator,
          c.threshold,
          REFERENCE_DA[c.reference],
          c.averagingYears,
        ]);
      }
      if (rule.group !== undefined) {
        rows.push([
          rs.id,
          LIST_NAMES_DA[rule.list],
          `Mindst ${rule.group.minMet} af ${rule.group.criteria.length} kriterier`,
          rule.legalRef,
        ]);
      }
      if (rule.persistence !== undefined) {
        const p = rule.persistence;
        const transitional =
          p.transitional === undefined
            ? ''
            : ` (${p.transitional.years} år for listerne til og med ${p.transitional.throughYear})`;
        rows.push([
          rs.id,
          LIST_NAMES_DA[rule.list],
          `På listen over ${LIST_NAMES_DA[p.of].toLowerCase()} i hvert af de seneste ${p.years} år${transitional}`,
          rule.legalRef,
        ]);
      }
    }
    rows.push([rs.id, 'Alle', `Mindst ${formatNumberDa(rs.minResidents)} beboere`]);
  }

  section('Antagelser');
  rows.push(['Navn', 'Værdi', 'Forklaring']);
  for (const name of Object.keys(ASSUMPTIONS) as AssumptionName[]) {
    rows.push([name, provenance.assumptions[name], ASSUMPTIONS[name].help]);
  }

  section('Kilder');
  rows.push(['Fil', 'SHA-256']);
  for (const input of provenance.inputs) rows.push([input.path, input.sha256]);
  rows.push(['Kommunenavne', 'Danmarks Statistik, kommuneinddelingen (reference/municipalities.csv)']);

  rows.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    values.forEach((v, j) => (row.getCell(j + 1).value = v));
    if (values.length === 1 || i === 0) row.getCell(1).font = { bold: true, size: i === 0 ? 14 : 12 };
  });
}

const REFERENCE_DA = {
  pct: 'pct.',
  ratioToNational: 'gange landsgennemsnit',
  pctOfRegion: 'pct. af regionen',
} as const;
