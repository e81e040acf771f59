import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../../src/web/data/siteData.ts';
import { buildServer } from '../../src/web/server/buildServer.ts';
import { runCli } from '../cli/cliHarness.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

// A small synthetic delivery, run by `boligmonitor run`, served as `boligmonitor serve` serves it: the site is
// crawled link by link (pages, API answers, downloads) and no response may hold a person id of the delivery.

const dir = mkdtempSync(join(tmpdir(), 'boligmonitor-served-'));
let data: SiteData;
let app: FastifyInstance;
let personIds: Set<string>;

beforeAll(async () => {
  const delivery = join(dir, 'levering');
  const synth = await runCli([
    'synth',
    '--scale',
    '0.01',
    '--years',
    '2016-2024',
    '--seed',
    '5',
    '--format',
    'csv',
    '--out',
    delivery,
  ]);
  expect(synth.code, synth.stderr).toBe(0);
  const run = await runCli(['run', '--delivery', delivery, '--out', join(dir, 'lister')]);
  expect(run.code, run.stderr).toBe(0);
  personIds = new Set(
    readFileSync(join(delivery, 'persons.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0] ?? '')
      .filter((id) => id !== ''),
  );
  data = await loadSiteData(join(dir, 'lister'));
  app = await buildServer(data);
}, 300_000);
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Internal links of a page or of an API answer (area ids become their API and page addresses). */
function linksOf(body: string, contentType: string): string[] {
  if (contentType.startsWith('text/html')) {
    return [...body.matchAll(/href="([^"#]+)/g)]
      .map((m) => (m[1] as string).replaceAll('&amp;', '&'))
      .filter((h) => h.startsWith('/') && !h.startsWith('/static/'));
  }
  if (contentType.startsWith('application/json')) {
    return [...body.matchAll(/"areaId":"([^"]+)"/g)].flatMap((m) => [
      `/api/v1/areas/${encodeURIComponent(m[1] as string)}`,
    ]);
  }
  return [];
}

describe('a served run of a synthetic delivery', () => {
  it('is the run the workspace stored: every area, its lists as in lists.csv', () => {
    expect(data.run.assessments.length).toBeGreaterThan(0);
    expect(personIds.size).toBeGreaterThan(1000);
  });

  it('the workspace given directly serves its latest run: the same lists', async () => {
    const direct = await loadSiteData(join(dir, 'workspace.duckdb'));
    expect(direct.runId).toBe(data.runId);
    expect(direct.run.designations).toEqual(data.run.designations);
    expect(direct.run.changes.map((c) => c.textDa)).toEqual(data.run.changes.map((c) => c.textDa));
  });

  it('a report directory beside the workspace (its manifest, no lists) serves the same run', async () => {
    const report = join(dir, 'redegoerelse');
    mkdirSync(report);
    const manifest = JSON.parse(readFileSync(join(dir, 'lister', 'manifest.json'), 'utf8')) as {
      extra: Record<string, unknown>;
    };
    manifest.extra.report = { year: 2024 };
    writeFileSync(join(report, 'manifest.json'), JSON.stringify(manifest));
    const fromReport = await loadSiteData(report);
    expect(fromReport.runId).toBe(data.runId);
    expect(fromReport.run.designations).toEqual(data.run.designations);
    expect(fromReport.downloads.size).toBe(0);
    // The same run given as its lists and its report is one run given twice.
    await expect(loadSiteData([join(dir, 'lister'), report])).rejects.toThrow(/given twice/);
  });

  it('serves no person id in any response of a crawl of the whole site and API', async () => {
    const seen = new Set<string>();
    const queue = [
      '/',
      '/api/v1/years',
      '/api/v1/rulesets',
      '/api/v1/openapi.json',
      ...data.run.years.flatMap((y) => [`/api/v1/lists/${y}`, `/api/v1/changes/${y}`]),
      ...data.run.years.flatMap((y) =>
        (data.run.ruleSets.get(y)?.lists ?? []).map((l) => `/api/v1/lists/${y}/${l.list}`),
      ),
    ];
    const personLike = /\bP\d{8}\b/;
    let answered = 0;
    while (queue.length > 0 && seen.size < 3000) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      seen.add(url);
      const r = await app.inject({ method: 'GET', url });
      if (r.statusCode >= 300 && r.statusCode < 400) {
        const to = String(r.headers.location ?? '');
        if (to.startsWith('/')) queue.push(to);
        continue;
      }
      // The API page links its documented error examples too (a 400 and a 404).
      expect(r.statusCode, url).toBeLessThan(500);
      answered++;
      const body = r.rawPayload.toString('latin1');
      expect(personLike.test(body), `${url} holds something shaped like a person id`).toBe(false);
      const text = r.body;
      for (const id of text.matchAll(/P\d{8}/g)) expect(personIds.has(id[0]), url).toBe(false);
      for (const link of linksOf(text, String(r.headers['content-type'] ?? '')))
        if (!seen.has(link)) queue.push(link);
    }
    expect(answered).toBeGreaterThan(30);
    expect([...seen].some((u) => u.startsWith('/omraader/'))).toBe(true);
    expect([...seen].some((u) => u.startsWith('/api/v1/areas/'))).toBe(true);
    expect([...seen].some((u) => u.startsWith('/download/'))).toBe(true);
  });
});
