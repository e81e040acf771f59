import { formatNumberDa } from '../format/formatDa.ts';
import { OPERATORS, type Criterion, type Operator } from '../model/criteria.ts';
import type { ListId } from '../model/lists.ts';
import type { ListRule, RuleSet } from '../model/ruleSet.ts';
import { BUILT_IN_RULE_SETS, ruleSetById } from './builtInRuleSets.ts';

/** One problem in a scenario file, at a JSON path like `set.udsat.K9` or `basedOn`. */
export type ScenarioError = { readonly path: string; readonly message: string };

const TOP_KEYS = [
  'id',
  'nameDa',
  'basedOn',
  'description',
  'remove',
  'set',
  'minMet',
  'minResidents',
  'persistenceYears',
];
const SET_KEYS = ['threshold', 'operator'];

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNonNegInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const show = (x: unknown): string => JSON.stringify(x) ?? String(x);

/**
 * Derive a scenario rule set from a parsed scenario file (format: docs/scenarios.md). The scenario starts
 * from a built-in rule set (`basedOn`) and may remove criteria (gates or group members), override the
 * operator and/or threshold of criteria, change a list's k of n (`minMet`), the residents floor, or the
 * persistence length (`persistenceYears`, which also drops a transitional rule). Every problem is reported,
 * each with its JSON path.
 */
export function ruleSetFromScenario(
  json: unknown,
): { ok: true; value: RuleSet } | { ok: false; errors: ScenarioError[] } {
  const errors: ScenarioError[] = [];
  const err = (path: string, message: string): void => void errors.push({ path, message });
  if (!isObject(json))
    return { ok: false, errors: [{ path: '', message: `must be a JSON object, got ${show(json)}` }] };

  for (const k of Object.keys(json))
    if (!TOP_KEYS.includes(k)) err(k, `unknown key (known: ${TOP_KEYS.join(', ')})`);

  const id = json['id'];
  if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id))
    err('id', `must be a string of letters, digits, ".", "_" or "-", got ${show(id)}`);
  else if (ruleSetById(id) !== undefined) err('id', `"${id}" is a built-in rule set id; choose another`);
  for (const key of ['nameDa', 'description'] as const) {
    const v = json[key];
    if (typeof v !== 'string' || v.trim() === '') err(key, `must be a non-empty string, got ${show(v)}`);
  }
  const basedOn = json['basedOn'];
  const base = typeof basedOn === 'string' ? ruleSetById(basedOn) : undefined;
  if (base === undefined)
    err(
      'basedOn',
      `must name a built-in rule set (${BUILT_IN_RULE_SETS.map((r) => r.id).join(', ')}), got ${show(basedOn)}`,
    );
  const known = new Map<string, Criterion>();
  for (const rule of base?.lists ?? [])
    for (const c of [...(rule.gates ?? []), ...(rule.group?.criteria ?? [])]) known.set(c.id, c);
  const knownList = (): string => [...known.keys()].join(', ');

  // remove
  const removed = new Set<string>();
  const remove = json['remove'];
  if (remove !== undefined) {
    if (!Array.isArray(remove)) err('remove', `must be an array of criterion ids, got ${show(remove)}`);
    else
      remove.forEach((r: unknown, i) => {
        const path = `remove[${i}]`;
        if (typeof r !== 'string') err(path, `must be a criterion id string, got ${show(r)}`);
        else if (base !== undefined && !known.has(r))
          err(path, `unknown criterion "${r}" in rule set ${base.id} (known: ${knownList()})`);
        else if (removed.has(r)) err(path, `"${r}" is removed twice`);
        else removed.add(r);
      });
  }

  // set
  const overrides = new Map<string, { threshold?: number; operator?: Operator }>();
  const set = json['set'];
  if (set !== undefined) {
    if (!isObject(set))
      err('set', `must be an object of criterion id → { threshold, operator }, got ${show(set)}`);
    else
      for (const [cid, v] of Object.entries(set)) {
        const path = `set.${cid}`;
        if (base !== undefined && !known.has(cid))
          err(path, `unknown criterion "${cid}" in rule set ${base.id} (known: ${knownList()})`);
        else if (removed.has(cid)) err(path, `"${cid}" is also removed; set it or remove it, not both`);
        if (!isObject(v)) {
          err(path, `must be an object like { "threshold": 35 }, got ${show(v)}`);
          continue;
        }
        const o: { threshold?: number; operator?: Operator } = {};
        for (const k of Object.keys(v))
          if (!SET_KEYS.includes(k)) err(`${path}.${k}`, `unknown key (known: ${SET_KEYS.join(', ')})`);
        if (Object.keys(v).length === 0) err(path, 'must set "threshold" and/or "operator"');
        const t = v['threshold'];
        if (t !== undefined) {
          if (typeof t !== 'number' || !Number.isFinite(t))
            err(`${path}.threshold`, `must be a number, got ${show(t)}`);
          else if (t < 0) err(`${path}.threshold`, `must not be negative, got ${t}`);
          else o.threshold = t;
        }
        const op = v['operator'];
        if (op !== undefined) {
          if (typeof op !== 'string' || !(OPERATORS as readonly string[]).includes(op))
            err(
              `${path}.operator`,
              `must be one of ${OPERATORS.map((x) => `"${x}"`).join(', ')}, got ${show(op)}`,
            );
          else o.operator = op as Operator;
        }
        overrides.set(cid, o);
      }
  }

  // minMet
  const minMet = new Map<ListId, number>();
  const mm = json['minMet'];
  if (mm !== undefined) {
    if (!isObject(mm)) err('minMet', `must be an object of list id → number, got ${show(mm)}`);
    else
      for (const [list, v] of Object.entries(mm)) {
        const path = `minMet.${list}`;
        const rule = base?.lists.find((r) => r.list === list);
        if (base !== undefined && rule === undefined)
          err(
            path,
            `rule set ${base.id} has no list "${list}" (lists: ${base.lists.map((r) => r.list).join(', ')})`,
          );
        else if (rule !== undefined && rule.group === undefined)
          err(path, `list "${list}" has no k-of-n criteria`);
        if (!isNonNegInt(v) || v < 1) err(path, `must be a whole number of at least 1, got ${show(v)}`);
        else if (rule?.group !== undefined) minMet.set(rule.list, v);
      }
  }

  const minResidents = json['minResidents'];
  if (minResidents !== undefined && !isNonNegInt(minResidents))
    err('minResidents', `must be a whole number ≥ 0, got ${show(minResidents)}`);

  // persistenceYears
  const persistenceYears = new Map<ListId, number>();
  const py = json['persistenceYears'];
  if (py !== undefined) {
    if (!isObject(py)) err('persistenceYears', `must be an object of list id → years, got ${show(py)}`);
    else
      for (const [list, v] of Object.entries(py)) {
        const path = `persistenceYears.${list}`;
        const rule = base?.lists.find((r) => r.list === list);
        if (base !== undefined && rule?.persistence === undefined)
          err(
            path,
            `rule set ${base.id} has no persistence rule for "${list}" (has: ${
              base.lists
                .filter((r) => r.persistence !== undefined)
                .map((r) => r.list)
                .join(', ') || 'none'
            })`,
          );
        if (!isNonNegInt(v) || v < 1)
          err(path, `must be a whole number of years, at least 1, got ${show(v)}`);
        else if (rule !== undefined) persistenceYears.set(rule.list, v);
      }
  }

  if (base === undefined) return { ok: false, errors };

  const adjust = (c: Criterion): Criterion => {
    const o = overrides.get(c.id);
    if (o === undefined) return c;
    const operator = o.operator ?? c.operator;
    const threshold = o.threshold ?? c.threshold;
    return {
      ...c,
      operator,
      threshold,
      legalRef: `${c.legalRef} (ændret i scenarie)`,
      descriptionDa: `${c.descriptionDa} Scenarie: grænsen er ${operator} ${formatNumberDa(threshold, decimalsOf(threshold))}.`,
    };
  };
  const lists: ListRule[] = [];
  for (const rule of base.lists) {
    const gates = (rule.gates ?? []).filter((c) => !removed.has(c.id)).map(adjust);
    let next: ListRule = {
      list: rule.list,
      legalRef: rule.legalRef,
      descriptionDa: rule.descriptionDa,
      ...(rule.requires !== undefined ? { requires: rule.requires } : {}),
      ...(rule.excludes !== undefined ? { excludes: rule.excludes } : {}),
      ...(gates.length > 0 ? { gates } : {}),
    };
    if (rule.group !== undefined) {
      const criteria = rule.group.criteria.filter((c) => !removed.has(c.id)).map(adjust);
      const k = minMet.get(rule.list) ?? rule.group.minMet;
      if (k > criteria.length)
        err(
          minMet.has(rule.list) ? `minMet.${rule.list}` : 'remove',
          `list "${rule.list}" would need ${k} of only ${criteria.length} remaining criteria`,
        );
      if (criteria.length > 0) next = { ...next, group: { criteria, minMet: k } };
    }
    if (rule.persistence !== undefined) {
      const years = persistenceYears.get(rule.list);
      next = {
        ...next,
        persistence: years === undefined ? rule.persistence : { of: rule.persistence.of, years },
      };
    }
    lists.push(next);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      id: id as string,
      nameDa: json['nameDa'] as string,
      description: json['description'] as string,
      basedOn: base.id,
      minResidents: typeof minResidents === 'number' ? minResidents : base.minResidents,
      measures: base.measures,
      lists,
    },
  };
}

function decimalsOf(x: number): number {
  return Math.min(3, (String(x).split('.')[1] ?? '').length);
}
