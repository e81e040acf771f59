import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SYNTHETIC_MARKER,
  readSyntheticMarker,
  syntheticMarkerText,
} from '../../src/io/syntheticDeliveryMarker.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-marker-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('synthetic.json records the planted chapter 3 effect', () => {
  it('reads a marker written before the effect existed as no effect, with no treated municipalities recorded', () => {
    const dir = mkdtempSync(join(root, 'old-'));
    const old =
      '{ "generator": "boligmonitor synth", "scale": 0.05, "seed": 1, "fromYear": 2010, "toYear": 2024 }';
    writeFileSync(join(dir, SYNTHETIC_MARKER), old);
    const m = readSyntheticMarker(dir);
    expect(m).toEqual({
      generator: 'boligmonitor synth',
      scale: 0.05,
      seed: 1,
      fromYear: 2010,
      toYear: 2024,
      didEffect: 0,
    });
    expect(m?.treatedMunicipalities).toBeUndefined();
  });

  it('writes the effect, the treated municipalities and the areas in a stable key order and reads them back', () => {
    const dir = mkdtempSync(join(root, 'new-'));
    const text = syntheticMarkerText({
      generator: 'boligmonitor synth',
      scale: 0.15,
      seed: 7,
      fromYear: 2015,
      toYear: 2024,
      didEffect: 3,
      treatedMunicipalities: ['101', '751'],
      forebyggelseAreas2021: ['101-a', '751-b'],
    });
    expect(text).toBe(
      '{\n  "generator": "boligmonitor synth",\n  "scale": 0.15,\n  "seed": 7,\n  "fromYear": 2015,\n' +
        '  "toYear": 2024,\n  "didEffect": 3,\n  "treatedMunicipalities": [\n    "101",\n    "751"\n  ],\n' +
        '  "forebyggelseAreas2021": [\n    "101-a",\n    "751-b"\n  ]\n}\n',
    );
    writeFileSync(join(dir, SYNTHETIC_MARKER), text);
    const m = readSyntheticMarker(dir);
    expect(m?.didEffect).toBe(3);
    expect(m?.treatedMunicipalities).toEqual(['101', '751']);
    expect(m?.forebyggelseAreas2021).toEqual(['101-a', '751-b']);
    expect(readFileSync(join(dir, SYNTHETIC_MARKER), 'utf8')).toBe(text);
  });
});
