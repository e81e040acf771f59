import highsModule, { type Highs } from 'highs';
import type { CellRef, MeasuredTable } from '../core/model/measuredTable.ts';
import type { Cell } from './cell.ts';
import { type CellSpace, cellRefText, cellSpaceFromTables } from './cellSpace.ts';
import type { DisclosureOptions } from './disclosureOptions.ts';

/** A suppressed cell's feasible interval: what a reader can work out about it from the published cells. */
export interface SuppressedInterval {
  readonly cell: CellRef;
  readonly rule: string;
  readonly primaryOrSecondary: 'primary' | 'secondary';
  /** The true protected quantity (count, numerator, sum or value; `protectedQuantityOf`). Never publish it. */
  readonly value: number;
  /** The smallest and largest value the relations and the published cells allow (±Infinity: unbounded). */
  readonly lower: number;
  readonly upper: number;
  readonly width: number;
  /** Why the cell fails the audit, or null when it passes. */
  readonly failure: string | null;
}

export interface DisclosureAudit {
  /** True when every suppressed cell passes. */
  readonly ok: boolean;
  /** Every suppressed cell, in input order. */
  readonly intervals: readonly SuppressedInterval[];
  readonly failures: readonly SuppressedInterval[];
}

/**
 * The solver's loader. Its declarations are written as CommonJS, so TypeScript sees the default import as the
 * module object; the ES module build that Node loads exports the loader itself as default.
 */
const loadHighs = highsModule as unknown as typeof highsModule.default;

/** Below this (relative to the cell's size) an interval's width counts as zero: the LP's tolerance, not data. */
const ZERO_WIDTH = 1e-7;

/**
 * The audit of a suppression pattern (domain §7): for each suppressed cell, its feasible interval computed by
 * linear programming (HiGHS) — minimise and maximise the cell's protected quantity subject to every relation,
 * the published cells fixed at their values, and what a reader knows without them: counts are at least 0, a
 * share's numerator lies between 0 and its (known) denominator; means' sums and derived numbers are free.
 * Missing and not applicable cells are free unknowns. A cell fails when its interval has zero width, or is
 * narrower than `disclosureProtectionMargin` — except a share over nobody (denominator 0), whose numerator
 * is 0 whatever is published: it rests on no person, so there is nothing to protect.
 *
 * `published` is the cells after disclosure control (`protectTables`, or a pattern made by hand), keyed by
 * table id; every measured cell must be in it.
 */
export async function auditSuppression(
  tables: readonly MeasuredTable[],
  published: ReadonlyMap<string, readonly Cell[]>,
  options: Pick<DisclosureOptions, 'disclosureProtectionMargin'>,
): Promise<DisclosureAudit> {
  const space = cellSpaceFromTables(tables);
  const statusOf = publicationOf(space, published);
  const suppressed = space.cells.filter((c) => statusOf[c.index]?.kind === 'suppressed');
  if (suppressed.length === 0) return { ok: true, intervals: [], failures: [] };

  const highs = await loadHighs();
  const intervalOf = new Map<number, { lower: number; upper: number }>();
  for (const component of componentsOf(space)) {
    const targets = component.filter((i) => statusOf[i]?.kind === 'suppressed');
    if (targets.length === 0) continue;
    for (const [i, interval] of intervalsInComponent(highs, space, component, targets, statusOf)) {
      intervalOf.set(i, interval);
    }
  }

  const margin = options.disclosureProtectionMargin;
  const intervals = suppressed.map((cell): SuppressedInterval => {
    const status = statusOf[cell.index];
    const value = cell.quantity?.value ?? 0;
    const { lower, upper } = intervalOf.get(cell.index) ?? {
      lower: cell.quantity?.lower ?? -Infinity,
      upper: cell.quantity?.upper ?? Infinity,
    };
    const width = upper - lower;
    const zero = width <= ZERO_WIDTH * Math.max(1, Math.abs(value));
    // A share over nobody: its numerator is 0 whatever is published, and there is no person to protect.
    const nobody = (cell.quantity?.upper ?? Infinity) - (cell.quantity?.lower ?? -Infinity) <= 0;
    const failure = nobody
      ? null
      : zero
        ? `its value can be worked out from the published cells: interval [${lower}, ${upper}] has zero width`
        : width < margin
          ? `interval [${lower}, ${upper}] is ${width} wide, narrower than the protection margin ${margin}`
          : null;
    return {
      cell: cell.ref,
      rule: status?.kind === 'suppressed' ? status.rule : '',
      primaryOrSecondary: status?.kind === 'suppressed' ? status.primaryOrSecondary : 'primary',
      value,
      lower,
      upper,
      width,
      failure,
    };
  });
  const failures = intervals.filter((i) => i.failure !== null);
  return { ok: failures.length === 0, intervals, failures };
}

type Publication = Cell['value'];

/** Each cell's published value, checked against what was measured. */
function publicationOf(space: CellSpace, published: ReadonlyMap<string, readonly Cell[]>): Publication[] {
  const byKey = new Map<string, Publication>();
  for (const [table, cells] of published) {
    for (const c of cells) byKey.set(JSON.stringify([table, c.row, c.column]), c.value);
  }
  return space.cells.map((cell) => {
    const value = byKey.get(JSON.stringify([cell.ref.table, cell.ref.row, cell.ref.column]));
    if (value === undefined)
      throw new Error(`disclosure audit: no published cell for ${cellRefText(cell.ref)}`);
    if ((value.kind === 'value' || value.kind === 'suppressed') && cell.quantity === null) {
      throw new Error(`disclosure audit: ${cellRefText(cell.ref)} is ${value.kind} but was not measured`);
    }
    return value;
  });
}

/** The cells linked by relations, as groups of cell indices (a cell in no relation is a group of its own). */
function componentsOf(space: CellSpace): number[][] {
  const parent = space.cells.map((c) => c.index);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    parent[i] = r;
    return r;
  };
  for (const e of space.equations) {
    const [first, ...rest] = [...e.terms.keys()];
    if (first === undefined) continue;
    for (const i of rest) parent[find(i)] = find(first);
  }
  const groups = new Map<number, number[]>();
  for (const c of space.cells) {
    const r = find(c.index);
    groups.set(r, [...(groups.get(r) ?? []), c.index]);
  }
  return [...groups.values()];
}

function intervalsInComponent(
  highs: Highs,
  space: CellSpace,
  component: readonly number[],
  targets: readonly number[],
  statusOf: readonly Publication[],
): Map<number, { lower: number; upper: number }> {
  const column = new Map(component.map((i, k) => [i, k]));
  const inf = highs.infinity;
  const bound = (x: number): number => (x === Infinity ? inf : x === -Infinity ? -inf : x);
  const lower: number[] = [];
  const upper: number[] = [];
  for (const i of component) {
    const cell = space.cells[i];
    const q = cell?.quantity ?? null;
    if (statusOf[i]?.kind === 'value' && q !== null) {
      lower.push(q.value);
      upper.push(q.value);
    } else {
      lower.push(bound(q?.lower ?? -Infinity));
      upper.push(bound(q?.upper ?? Infinity));
    }
  }
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false });
    model.addVars(lower, upper);
    for (const e of space.equations) {
      const entries = [...e.terms].filter(([i]) => column.has(i));
      if (entries.length === 0) continue;
      model.addRow(0, 0, {
        indices: entries.map(([i]) => column.get(i) as number),
        values: entries.map(([, c]) => c),
      });
    }
    const out = new Map<number, { lower: number; upper: number }>();
    let previous: number | undefined;
    for (const target of targets) {
      const col = column.get(target) as number;
      if (previous !== undefined) model.changeColCost(previous, 0);
      model.changeColCost(col, 1);
      previous = col;
      const where = cellRefText(space.cells[target]?.ref as CellRef);
      const lo = optimum(highs, model, highs.constants.objectiveSense.minimize, where);
      const hi = optimum(highs, model, highs.constants.objectiveSense.maximize, where);
      out.set(target, { lower: lo, upper: hi });
    }
    return out;
  } finally {
    model.dispose();
  }
}

type HighsModel = ReturnType<Highs['createModel']>;

function optimum(
  highs: Highs,
  model: HighsModel,
  sense: Highs['constants']['objectiveSense'][keyof Highs['constants']['objectiveSense']],
  where: string,
): number {
  const status = highs.constants.modelStatus;
  model.changeObjectiveSense(sense);
  model.run();
  const unbounded = sense === highs.constants.objectiveSense.minimize ? -Infinity : Infinity;
  switch (model.getModelStatus()) {
    case status.optimal:
      return model.getObjectiveValue();
    case status.unbounded:
    case status.unboundedOrInfeasible: // feasible: the measured numbers satisfy every constraint
      return unbounded;
    case status.infeasible:
      throw new Error(
        `disclosure audit: the published cells contradict the relations (solving for ${where})`,
      );
    default:
      throw new Error(
        `disclosure audit: the solver stopped with status ${model.getModelStatus()} (${where})`,
      );
  }
}
