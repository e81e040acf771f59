import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInputError } from '../../src/io/inputError.ts';
import { readSuppliedTables } from '../../src/io/readSuppliedTables.ts';
import { tempDir } from '../tempDir.ts';

const EXAMPLE = resolve(import.meta.dirname, '..', '..', 'examples', 'supplied');

function dirWith(files: Readonly<Record<string, string>>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, 'utf8');
  return dir;
}

describe('supplied tables (data contract §E)', () => {
  it('reads the bundled example: tables 6.1 and 6.2 with the seed’s numbers, and the facts', async () => {
    const r = await readSuppliedTables(EXAMPLE);
    if (!r.ok) throw new Error(r.errors.map(formatInputError).join('\n'));
    expect(r.value.files.map((f) => f.file)).toEqual(['tabel-6.1.csv', 'tabel-6.2.csv', 'facts.csv']);
    // Seed table 6.1: § 157 (70595) 5 4 11 7 16 16 for 2019–2024.
    expect(r.value.table61?.filter((x) => x.offenceCode === '70595').map((x) => x.count)).toEqual([
      5, 4, 11, 7, 16, 16,
    ]);
    // Seed table 6.2: convictions under § 215 a 0 2 0 1 11 0.
    expect(r.value.table62?.filter((x) => x.measure === 'afgoerelser').map((x) => x.count)).toEqual([
      0, 2, 0, 1, 11, 0,
    ]);
    expect(r.value.facts?.find((f) => f.key === 'sub.omraader')?.value).toBe('21');
    // Every source line says it is example data.
    const sources = [...(r.value.table61 ?? []), ...(r.value.table62 ?? []), ...(r.value.facts ?? [])].map(
      (x) => x.source,
    );
    expect(sources.every((s) => s.includes('eksempeldata'))).toBe(true);
  });

  it('a directory without the files is no error: each absent file is null', async () => {
    const r = await readSuppliedTables(dirWith({ 'facts.csv': 'key,value,unit,source\nx,1,count,Kilde\n' }));
    expect(r.ok && r.value.table61).toBeNull();
    expect(r.ok && r.value.table62).toBeNull();
    expect(r.ok && r.value.facts).toEqual([
      { line: 2, key: 'x', value: '1', unit: 'count', source: 'Kilde' },
    ]);
  });

  it('names every problem in every file with file, line, column and value', async () => {
    const dir = dirWith({
      'tabel-6.1.csv':
        'paragraph,offence_code,offence_text,year,count,source\n' +
        '§ 156,70591,Pligtforsømmelse,2019,1,Rigsadvokaten\n' +
        '§ 156,70591,Pligtforsømmelse,2019,2,Rigsadvokaten\n' +
        '§ 156,70591,Pligtforsømmelse,20x0,-1,\n' +
        '§ 157,70591,Pligtforsømmelse,2021,1.5,Rigsadvokaten\n',
      'tabel-6.2.csv':
        'measure,paragraph,offence_code,offence_text,year,count,source\n' +
        'domme,§ 215 a,72153,Bortsendelse,2019,3,Rigsadvokaten\n',
      'facts.csv': 'key,value,unit\nsub omraader,21,areas\nsub omraader,,areas\n',
    });
    const r = await readSuppliedTables(dir);
    const f61 = join(dir, 'tabel-6.1.csv');
    const f62 = join(dir, 'tabel-6.2.csv');
    const ff = join(dir, 'facts.csv');
    expect(r.ok ? [] : r.errors.map(formatInputError)).toEqual([
      `${f61}:3: column "year": value "2019" repeats line 2 (the same offence code and year)`,
      `${f61}:4: column "year": value "20x0" is not a number`,
      `${f61}:4: column "count": value "-1" is a negative count`,
      `${f61}:4: column "source": value "" is empty: a value is required`,
      `${f61}:5: column "count": value "1.5" is not a whole number`,
      `${f61}:5: column "paragraph": value "§ 157" differs from line 2 for offence code 70591`,
      `${f62}:2: column "measure": value "domme" is not one of sigtelser, tiltaler, afgoerelser`,
      `${ff}:1: column "source": required column is missing`,
    ]);
  });

  it('names every problem of facts.csv: bad keys, repeated keys, empty values', async () => {
    const dir = dirWith({
      'facts.csv':
        'key,value,unit,source\nsub omraader,21,areas,Rigspolitiet\nsub.a,21,areas,Rigspolitiet\nsub.a,,areas,\n',
    });
    const ff = join(dir, 'facts.csv');
    const r = await readSuppliedTables(dir);
    expect(r.ok ? [] : r.errors.map(formatInputError)).toEqual([
      `${ff}:2: column "key": value "sub omraader" is not a fact key (letters, digits, _ . -)`,
      `${ff}:4: column "value": value "" is empty: a value is required`,
      `${ff}:4: column "source": value "" is empty: a value is required`,
      `${ff}:4: column "key": value "sub.a" repeats line 3`,
    ]);
  });
});
