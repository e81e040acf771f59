import { formatInputError, type InputError } from '../io/inputError.ts';
import { EXIT, type ExitCode } from './exitCodes.ts';

/** Writes to standard output (captured in tests through `process.stdout.write`). */
export function printOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

/** Writes to standard error. */
export function printErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}

/** Prints a JSON value to standard output. */
export function printJson(value: unknown): void {
  printOut(JSON.stringify(value, null, 2));
}

/** How a command reports: as Danish text, or (`--json`) as one JSON envelope on standard output. */
export interface CommandOutput {
  readonly command: string;
  readonly json: boolean;
}

/**
 * The one JSON shape every command prints with `--json`: `{ ok: true, command, result }` on success,
 * `{ ok: false, command, error: { exitCode, messages, errors, … } }` on failure.
 */
export type JsonEnvelope =
  | { readonly ok: true; readonly command: string; readonly result: unknown }
  | {
      readonly ok: false;
      readonly command: string;
      readonly error: {
        readonly exitCode: ExitCode;
        readonly messages: readonly string[];
        readonly errors: readonly InputError[];
      } & Readonly<Record<string, unknown>>;
    };

/** `{ ok: true, command, result }`. */
export function okEnvelope(command: string, result: unknown): JsonEnvelope {
  return { ok: true, command, result };
}

/** Prints a command's result in the envelope (`--json`). */
export function printResult(out: CommandOutput, result: unknown): void {
  printJson(okEnvelope(out.command, result));
}

/** Warnings go to standard error, each on its own line, prefixed `advarsel:`. */
export function printWarnings(warnings: readonly string[]): void {
  for (const w of warnings) printErr(`advarsel: ${w}`);
}

/**
 * Reports a failed command: every input error and message on its own line on standard error (or one JSON
 * object on standard output with `--json`), and returns the exit code to use.
 */
export function reportFailure(
  out: CommandOutput,
  exitCode: ExitCode,
  errors: readonly InputError[],
  messages: readonly string[] = [],
  extra: Readonly<Record<string, unknown>> = {},
): ExitCode {
  const lines = [...errors.map(formatInputError), ...messages];
  if (out.json) {
    const envelope: JsonEnvelope = {
      ok: false,
      command: out.command,
      error: { exitCode, messages: lines, errors, ...extra },
    };
    printJson(envelope);
  } else {
    for (const line of lines) printErr(`fejl: ${line}`);
    if (exitCode === EXIT.invalidInput) printErr(`${lines.length} fejl; intet er skrevet.`);
  }
  return exitCode;
}
