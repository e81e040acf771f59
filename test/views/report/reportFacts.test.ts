import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLists } from '../../../src/runLists.ts';
import { reportFactsFrom } from '../../../src/views/report/reportFacts.ts';
import { tempDir } from '../../tempDir.ts';

const HEADER =
  'year,area_id,name,municipality_code,residents,nonwestern_pct,k1_outside_pct,k2_convicted_pct,' +
  'k2_national_pct,k3_basic_pct,k4_income_pct';

/**
 * Three areas (rules of 2021):
 * - X (København): K1 50 > 40 and K3 70 > 60, non-western 40: udsat in 2023 and 2024;
 * - Y (København): 2023 K1 35 > 30, K3 70, non-western 40: forebyggelse; 2024 K1 45: udsat instead;
 * - Z (Aarhus): 2023 K1 35, K3 65, non-western 35: forebyggelse; 2024 K1 20, K3 50: no list.
 */
const ROWS = [
  '2023,X,Xparken,101,2000,40,50,1,1,70,80',
  '2023,Y,Yparken,101,2000,40,35,1,1,70,80',
  '2023,Z,Zparken,751,2000,35,35,1,1,65,80',
  '2024,X,Xparken,101,2000,40,50,1,1,70,80',
  '2024,Y,Yparken,101,2000,40,45,1,1,70,80',
  '2024,Z,Zparken,751,2000,35,20,1,1,50,80',
];

async function facts(rows: readonly string[]): Promise<Map<string, string>> {
  const file = join(tempDir(), 'figures.csv');
  writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
  const report = await runLists({ figures: file, years: [2024] });
  if (report.kind !== 'computed') throw new Error(report.kind);
  return new Map(reportFactsFrom(report.run, 2024).map((f) => [f.key, f.textDa]));
}

describe('the report’s facts from a list run', () => {
  it('count each list, its municipalities, the year before and the change, with the reasons', async () => {
    const f = await facts(ROWS);
    expect(f.get('udsatte.antal')).toBe('2');
    expect(f.get('udsatte.kommuner')).toBe('1');
    expect(f.get('udsatte.forrige')).toBe('1');
    expect(f.get('udsatte.forskel')).toBe('1 flere end året før');
    expect(f.get('udsatte.nye')).toBe('1');
    expect(f.get('udsatte.nye.liste')).toMatch(/^- Yparken: /);
    expect(f.get('forebyggelse.antal')).toBe('0');
    expect(f.get('forebyggelse.forrige')).toBe('2');
    expect(f.get('forebyggelse.forskel')).toBe('2 færre end året før');
    expect(f.get('forebyggelse.udgaar')).toBe('2');
    expect(f.get('parallelsamfund.forskel')).toBe('det samme antal som året før');
    expect(f.get('parallelsamfund.nye.liste')).toBe('Ingen.');
  });

  it('a year before that is not known gives unknown, never 0', async () => {
    const f = await facts(ROWS.filter((r) => r.startsWith('2024')));
    expect(f.get('udsatte.antal')).toBe('2');
    expect(f.get('udsatte.forrige')).toBe('ukendt');
    expect(f.get('udsatte.forskel')).toBe('ukendt i forhold til 2023');
    expect(f.get('udsatte.ukendte')).toBe('2');
    expect(f.get('udsatte.nye')).toBe('ukendt (listen for 2023 kendes ikke)');
    expect(f.get('udsatte.nye.liste')).toBe('Ukendt (listen for 2023 kendes ikke).');
  });
});
