import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { listsJsonSchema } from './listsJsonSchema.ts';

/** Where the JSON Schema of lists.json lives; test/reports/listsJsonSchema.test.ts keeps it true. */
export const LISTS_SCHEMA_PATH = fileURLToPath(new URL('../../../docs/lists.schema.json', import.meta.url));

/**
 * The JSON Schema (draft 2020-12) of lists.json, generated from the zod schema. Integers are JavaScript's safe
 * integers; their ±(2^53 − 1) bounds are left out as noise.
 */
export function listsJsonSchemaDocument(): Record<string, unknown> {
  return z.toJSONSchema(listsJsonSchema, {
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      if (jsonSchema.type !== 'integer') return;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  }) as Record<string, unknown>;
}

/**
 * The text of docs/lists.schema.json: the document, formatted as `prettier --check` wants it. Prettier is a
 * development tool, so it is loaded only here, when the file is written or checked.
 */
export async function listsSchemaFileText(): Promise<string> {
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(LISTS_SCHEMA_PATH);
  return prettier.format(JSON.stringify(listsJsonSchemaDocument()), {
    ...options,
    filepath: LISTS_SCHEMA_PATH,
  });
}

/** Writes docs/lists.schema.json (`npx tsx src/reports/lists/writeListsSchema.ts`). */
export async function writeListsSchema(): Promise<void> {
  writeFileSync(LISTS_SCHEMA_PATH, await listsSchemaFileText());
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeListsSchema();
  process.stdout.write(`wrote ${LISTS_SCHEMA_PATH}\n`);
}
