import { describe, expect, it } from 'vitest';
import { csvNumber, csvText } from '../../src/reports/lists/csvText.ts';

describe('CSV output', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180); null is empty', () => {
    expect(
      csvText(
        ['a', 'b', 'c'],
        [
          ['x,y', 'say "hi"', null],
          ['line\nbreak', 1.5, 0],
        ],
      ),
    ).toBe('a,b,c\n"x,y","say ""hi""",\n"line\nbreak",1.5,0\n');
  });
  it('numbers keep full precision with "." and never use exponent notation', () => {
    expect(csvNumber(52.3)).toBe('52.3');
    expect(csvNumber(2.4 / 0.75)).toBe('3.1999999999999997');
    expect(csvNumber(1e-7)).toBe('0.0000001');
    expect(csvNumber(-1.5e-8)).toBe('-0.000000015');
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvNumber(Number.NaN)).toBe('');
  });
});
