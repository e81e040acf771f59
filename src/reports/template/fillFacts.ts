/** A fact the template names that the run did not compute: where it is, and its name. */
export interface UnknownFact {
  readonly file: string;
  readonly line: number;
  readonly key: string;
}

const FACT = /\{\{\s*([a-zA-Z0-9_.æøåÆØÅ-]+)\s*\}\}/g;

/**
 * Replaces every `{{key}}` in a template text by its fact. Unknown keys are collected (every one, with file
 * and line), never left in the text or replaced by an empty string.
 */
export function fillFacts(
  text: string,
  facts: ReadonlyMap<string, string>,
  where: { readonly file: string; readonly line: number },
  unknown: UnknownFact[],
): string {
  return text.replace(FACT, (whole, key: string) => {
    const value = facts.get(key);
    if (value !== undefined) return value;
    unknown.push({ file: where.file, line: where.line, key });
    return whole;
  });
}

export class UnknownFactsError extends Error {
  constructor(readonly unknown: readonly UnknownFact[]) {
    super(
      `the template names ${unknown.length} unknown fact${unknown.length === 1 ? '' : 's'}: ` +
        unknown.map((u) => `{{${u.key}}} (${u.file}:${u.line})`).join(', '),
    );
  }
}
