import { query, quoteIdent, type Query, type SqlParam } from '../sql.ts';
import type { RowRule, SetRule } from './validationRule.ts';

/**
 * The SQL of a table's row rules over a row aliased `t`: per rule a boolean flag (`_flag_<i>`, tested only where
 * its column has a value — missing values are the `required` rules' business) and the reported hit, a struct
 * `{rule_id, column_name, value}` formed only where the flag is set; with their parameters.
 */
export function ruleFlagsSql(
  table: string,
  rules: readonly RowRule[],
): { flags: string[]; hits: string[]; params: Record<string, SqlParam> } {
  const params: Record<string, SqlParam> = {};
  const flags: string[] = [];
  const hits: string[] = [];
  rules.forEach((rule, i) => {
    for (const [name, value] of Object.entries(rule.params ?? {})) {
      if (name in params) throw new Error(`parameter ${name} defined twice among the rules of ${table}`);
      params[name] = value;
    }
    params[`rule_${i}`] = rule.id;
    params[`column_${i}`] = rule.column;
    const guard = rule.category === 'required' ? '' : `t.${quoteIdent(rule.column)} IS NOT NULL AND `;
    flags.push(`coalesce(${guard}(${rule.offending}), false)`);
    const value = rule.value ?? `CAST(t.${quoteIdent(rule.column)} AS VARCHAR)`;
    hits.push(`{'rule_id': $rule_${i}, 'column_name': $column_${i}, 'value': ${value}}`);
  });
  return { flags, hits, params };
}

/**
 * One scan of `table` checking all its row rules at once; yields `rule_id, row_nr, column_name, value` for
 * each (row, rule) that fails (once, even where a lookup key is duplicated). A rule's condition is only
 * tested where its column has a value (missing values are the `required` rules' business). The scan computes
 * only the rule flags; the reported values are formed for the offending rows alone.
 */
export function rowRulesQuery(table: string, rules: readonly RowRule[], joins = ''): Query {
  const { flags, hits, params } = ruleFlagsSql(table, rules);
  return query(
    `
    WITH flagged AS (
      SELECT t.*,
        ${flags.map((f, i) => `${f} AS _flag_${i}`).join(',\n        ')}
      FROM ${quoteIdent(table)} AS t${joins === '' ? '' : `\n      ${joins.split('\n').join('\n      ')}`}
    ),
    hits AS (
      SELECT t._row, unnest([
        ${hits.map((h, i) => `CASE WHEN t._flag_${i} THEN ${h} END`).join(',\n        ')}
      ]) AS hit
      FROM flagged AS t
      WHERE ${rules.map((_, i) => `t._flag_${i}`).join(' OR ')}
    )
    SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
    FROM hits
    WHERE hit IS NOT NULL
    `,
    params,
  );
}

/** A set rule's offending rows in the same shape as `rowRulesQuery`. */
export function setRuleQuery(rule: SetRule): Query {
  return query(
    `
    SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
    FROM (
    ${rule.select.trim()}
    ) AS o
    `,
    { ...rule.params, rule_id: rule.id, column_name: rule.column },
  );
}

/** Records the offending rows of `select` (a `rowRulesQuery` or `setRuleQuery`) as issues of `table`. */
export function insertIssuesQuery(table: string, select: Query): Query {
  return {
    sql: [
      'INSERT INTO delivery_issues (table_name, row_nr, rule_id, column_name, value)',
      'SELECT $issue_table, row_nr, rule_id, column_name, value FROM (',
      ...select.sql.split('\n').map((l) => `  ${l}`),
      ')',
    ].join('\n'),
    params: { ...select.params, issue_table: table },
  };
}
