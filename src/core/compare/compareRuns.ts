import { comparisonText, measureLabel } from '../classify/criterionText.ts';
import { formatNumberDa } from '../format/formatDa.ts';
import type {
  AreaAssessment,
  CriterionResult,
  DecisionCondition,
  ListDecision,
} from '../model/assessment.ts';
import type { AreaId, Year } from '../model/ids.ts';
import { LIST_IDS, LIST_NAME_DA_SINGULAR, type ListId } from '../model/lists.ts';
import type { ListRun } from '../model/listRun.ts';

/** An area on a list under one run but not the other (`boligmonitor compare`). */
export interface ScenarioDifference {
  readonly year: Year;
  readonly areaId: AreaId;
  readonly name: string;
  readonly list: ListId;
  readonly change: 'entersUnderScenario' | 'leavesUnderScenario';
  readonly reasonDa: string;
  readonly reasonEn: string;
}

interface Part {
  readonly da: string;
  readonly en: string;
}

/**
 * Area-by-area differences of a scenario run against the official-rules run, for the years both runs cover:
 * every (year, list, area) designated by one run and not the other. The reason names what differs between the
 * two decisions: criteria added, removed or decided differently, a changed k of n, residents floor or
 * persistence length, or a list it depends on. Sorted by year, list, area id.
 */
export function compareRuns(official: ListRun, scenario: ListRun): ScenarioDifference[] {
  const out: ScenarioDifference[] = [];
  const members = (run: ListRun, year: Year): Set<string> =>
    new Set(run.designations.filter((d) => d.year === year).map((d) => `${d.list}|${d.areaId}`));
  for (const year of official.years.filter((y) => scenario.years.includes(y))) {
    const o = members(official, year);
    const s = members(scenario, year);
    const ors = official.ruleSets.get(year);
    const srs = scenario.ruleSets.get(year);
    const keys = [...new Set([...o, ...s])].filter((k) => o.has(k) !== s.has(k));
    for (const k of keys) {
      const [list, id] = k.split('|') as [ListId, AreaId];
      const oa = official.assessments.find((a) => a.year === year && a.areaId === id);
      const sa = scenario.assessments.find((a) => a.year === year && a.areaId === id);
      const enters = s.has(k);
      const floors = { official: ors?.minResidents ?? 0, scenario: srs?.minResidents ?? 0 };
      const parts = listDiff(list, oa, sa, floors, 0);
      const sId = srs?.id ?? 'scenario';
      if (parts.length === 0) parts.push(fallback(list, oa, sa, enters));
      out.push({
        year,
        areaId: id,
        name: sa?.name ?? oa?.name ?? id,
        list,
        change: enters ? 'entersUnderScenario' : 'leavesUnderScenario',
        reasonDa: `${enters ? 'Kommer på' : 'Ude af'} listen under ${sId}: ${parts.map((p) => p.da).join('; ')}`,
        reasonEn: `${enters ? 'enters' : 'leaves'} ${list} under ${sId}: ${parts.map((p) => p.en).join('; ')}`,
      });
    }
  }
  return out.sort(
    (a, b) =>
      a.year - b.year ||
      LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) ||
      (a.areaId < b.areaId ? -1 : a.areaId > b.areaId ? 1 : 0),
  );
}

/** The condition of one kind in a decision, if it has one. */
function conditionOf<K extends DecisionCondition['kind']>(
  d: ListDecision | undefined,
  kind: K,
): Extract<DecisionCondition, { kind: K }> | undefined {
  return d?.conditions.find((c): c is Extract<DecisionCondition, { kind: K }> => c.kind === kind);
}

/** What differs between the two decisions on `list`, read from their conditions (never from the rules). */
function listDiff(
  list: ListId,
  oa: AreaAssessment | undefined,
  sa: AreaAssessment | undefined,
  floors: { readonly official: number; readonly scenario: number },
  depth: number,
): Part[] {
  if (oa === undefined || sa === undefined || depth > 3) return [];
  const parts: Part[] = [];
  const od = oa.decisions.find((d) => d.list === list);
  const sd = sa.decisions.find((d) => d.list === list);
  if (oa.eligible !== sa.eligible) {
    parts.push({
      da: `mindst ${formatNumberDa(floors.scenario)} beboere i scenariet, ${formatNumberDa(floors.official)} officielt (${formatNumberDa(sa.residents)} beboere)`,
      en: `residents floor ${floors.scenario} under scenario, ${floors.official} official (${sa.residents} residents)`,
    });
    return parts;
  }
  parts.push(...criteriaDiff(od, sd));
  const og = conditionOf(od, 'group');
  const sg = conditionOf(sd, 'group');
  if (og !== undefined && sg !== undefined && og.minMet !== sg.minMet) {
    parts.push({
      da: `mindst ${sg.minMet} af ${sg.results.length} i scenariet, ${og.minMet} officielt (${sg.metCount} opfyldt)`,
      en: `at least ${sg.minMet} of ${sg.results.length} under scenario, ${og.minMet} official (${sg.metCount} met)`,
    });
  }
  const op = conditionOf(od, 'persistence');
  const sp = conditionOf(sd, 'persistence');
  if (op !== undefined && sp !== undefined && op.required !== sp.required)
    parts.push({
      da: `${sp.required} år i træk kræves i scenariet, ${op.required} officielt`,
      en: `${sp.required} consecutive years required under scenario, ${op.required} official`,
    });
  const depends = (sd?.conditions ?? []).flatMap((c) =>
    c.kind === 'requires' || c.kind === 'excludes' ? [c.list] : c.kind === 'persistence' ? [c.of] : [],
  );
  for (const dep of new Set(depends)) {
    const inO = oa.lists.includes(dep);
    const inS = sa.lists.includes(dep);
    if (inO === inS) continue;
    const name = LIST_NAME_DA_SINGULAR[dep];
    parts.push({
      da: inS ? `${name} i scenariet, ikke officielt` : `${name} officielt, ikke i scenariet`,
      en: inS ? `${dep} under scenario, not official` : `${dep} official, not under scenario`,
    });
    parts.push(...listDiff(dep, oa, sa, floors, depth + 1));
  }
  return parts;
}

function criteriaDiff(od: ListDecision | undefined, sd: ListDecision | undefined): Part[] {
  const parts: Part[] = [];
  const oc = od?.criteria ?? [];
  const sc = sd?.criteria ?? [];
  for (const s of sc) {
    const o = oc.find((c) => c.criterion.measure === s.criterion.measure);
    const label = measureLabel(s.criterion.measure, 'da');
    const labelEn = measureLabel(s.criterion.measure, 'en');
    if (o === undefined) {
      parts.push({
        da: `${label} tilføjet i scenariet (${textOf(s, 'da')})`,
        en: `${labelEn} added (${textOf(s, 'en')})`,
      });
    } else if (metOf(o) !== metOf(s)) {
      parts.push({
        da: `${label} ${textOf(s, 'da')} i scenariet, ${textOf(o, 'da')} officielt`,
        en: `${labelEn} ${textOf(s, 'en')} under scenario, ${textOf(o, 'en')} official`,
      });
    }
  }
  for (const o of oc) {
    if (sc.some((c) => c.criterion.measure === o.criterion.measure)) continue;
    parts.push({
      da: `${measureLabel(o.criterion.measure, 'da')} fjernet i scenariet (officielt ${textOf(o, 'da')})`,
      en: `${measureLabel(o.criterion.measure, 'en')} removed under scenario (official ${textOf(o, 'en')})`,
    });
  }
  return parts;
}

function metOf(r: CriterionResult): boolean | null {
  return r.kind === 'evaluated' ? r.met : null;
}

function textOf(r: CriterionResult, lang: 'da' | 'en'): string {
  if (r.kind === 'notComputable') return lang === 'da' ? 'kan ikke beregnes' : 'not computable';
  return comparisonText(r.criterion, r.value, r.met, lang);
}

function fallback(
  list: ListId,
  oa: AreaAssessment | undefined,
  sa: AreaAssessment | undefined,
  enters: boolean,
): Part {
  const od = oa?.decisions.find((d) => d.list === list);
  const sd = sa?.decisions.find((d) => d.list === list);
  return {
    da: `scenariet: ${sd?.reasonDa ?? 'ingen vurdering'}; officielt: ${od?.reasonDa ?? 'ingen vurdering'}`,
    en: enters
      ? `member under scenario, not official (earlier years or lists differ)`
      : `member official, not under scenario (earlier years or lists differ)`,
  };
}
