import { readFile } from 'node:fs/promises';
import type { InputResult } from './inputError.ts';

/** Reads a UTF-8 file; a missing or unreadable file is an input error naming the file. */
export async function readTextFile(file: string): Promise<InputResult<string>> {
  try {
    return { ok: true, value: await readFile(file, 'utf8') };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot be read (${e instanceof Error ? e.message : String(e)})`;
    return { ok: false, errors: [{ file, line: null, column: null, value: null, message }] };
  }
}
