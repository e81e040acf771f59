import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../packageRoot.ts';
import type { ReportTemplate } from './reportDocumentFrom.ts';

/** The bundled template: the 2025 report's chapters and headings, in Danish. */
export const BUNDLED_TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates', 'redegoerelse');

/** A template as read, with what the manifest records of it. */
export interface ReadTemplate {
  readonly template: ReportTemplate;
  /** The register tables' "Kilde:" line (template.json `sourceRegisterDa`). */
  readonly sourceRegisterDa: string;
  /** SHA-256 over the template's files in order (name and content). */
  readonly sha256: string;
  readonly files: readonly string[];
}

/**
 * Reads a template directory: `template.json` (`titleDa`, `subtitleDa`, `sourceRegisterDa`) and its chapters,
 * every `*.md` file in name order. Every problem is reported at once, naming the file.
 */
export async function readReportTemplate(dir: string = BUNDLED_TEMPLATE_DIR): Promise<ReadTemplate> {
  const root = resolve(dir);
  const problems: string[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(root)).sort();
  } catch (e) {
    throw new Error(`--template ${dir}: cannot read the directory (${(e as Error).message})`);
  }
  const chapterFiles = names.filter((n) => n.endsWith('.md'));
  if (chapterFiles.length === 0) problems.push(`${join(root, '*.md')}: no chapter files`);
  let settings: Record<string, unknown> = {};
  if (!names.includes('template.json')) problems.push(`${join(root, 'template.json')}: missing`);
  else {
    try {
      settings = JSON.parse(await readFile(join(root, 'template.json'), 'utf8')) as Record<string, unknown>;
    } catch (e) {
      problems.push(`${join(root, 'template.json')}: not valid JSON (${(e as Error).message})`);
    }
  }
  const text = (key: string): string => {
    const v = settings[key];
    if (typeof v !== 'string' || v.trim() === '') {
      if (names.includes('template.json'))
        problems.push(`${join(root, 'template.json')}: "${key}" must be a text`);
      return '';
    }
    return v;
  };
  const titleDa = text('titleDa');
  const subtitleDa = text('subtitleDa');
  const sourceRegisterDa = text('sourceRegisterDa');
  if (problems.length > 0) throw new Error(`template: ${problems.join('; ')}`);
  const hash = createHash('sha256');
  const chapters: { file: string; text: string }[] = [];
  for (const name of ['template.json', ...chapterFiles]) {
    const content = await readFile(join(root, name), 'utf8');
    hash.update(`${name}\n${content}\n`);
    if (name !== 'template.json') chapters.push({ file: name, text: content.replace(/\r\n/g, '\n') });
  }
  return {
    template: {
      source: root === resolve(BUNDLED_TEMPLATE_DIR) ? 'bundled' : root,
      titleDa,
      subtitleDa,
      chapters,
    },
    sourceRegisterDa,
    sha256: hash.digest('hex'),
    files: ['template.json', ...chapterFiles],
  };
}
