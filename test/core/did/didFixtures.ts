import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DidPanelRow } from '../../../src/core/did/didModel.ts';

export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'did');
export const GOLDEN = resolve(import.meta.dirname, '..', '..', 'golden', 'did');

export interface DidFixture {
  readonly name: string;
  readonly postFrom: number;
  readonly referenceYear: number;
  readonly weighted: boolean;
  readonly bootstrap?: {
    readonly draws: number;
    readonly weights: 'rademacher' | 'webb';
    readonly seed: number;
  };
}

export const didFixtures = (): DidFixture[] =>
  JSON.parse(readFileSync(join(FIXTURES, 'fixtures.json'), 'utf8')) as DidFixture[];

/** A fixture panel (unit,year,y,weight,treated). */
export function fixtureRows(name: string): DidPanelRow[] {
  const [header, ...lines] = readFileSync(join(FIXTURES, `${name}.csv`), 'utf8')
    .trim()
    .split('\n');
  if (header !== 'unit,year,y,weight,treated') throw new Error(`unexpected header in ${name}.csv: ${header}`);
  return lines.map((line) => {
    const [unit = '', year = '', y = '', weight = '', treated = ''] = line.split(',');
    return { unit, year: Number(year), y: Number(y), weight: Number(weight), treated: treated === 'true' };
  });
}
