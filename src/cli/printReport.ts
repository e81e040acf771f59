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

/** Warnings go to standard error, each on its own line, prefixed `advarsel:`. */
export function printWarnings(warnings: readonly string[]): void {
  for (const w of warnings) printErr(`advarsel: ${w}`);
}

/**
 * Reports a failed command: every input error and message on its own line on standard error (or one JSON
 * object on standard output with `--json`), and returns the exit code to use.
 */
export function reportFailure(
  json: boolean,
  exitCode: ExitCode,
  errors: readonly InputError[],
  messages: readonly string[] = [],
): ExitCode {
  const lines = [...errors.map(formatInputError), ...messages];
  if (json) {
    printJson({ ok: false, exitCode, errors, messages: lines });
  } else {
    for (const line of lines) printErr(`fejl: ${line}`);
    if (exitCode === EXIT.invalidInput) printErr(`${lines.length} fejl; intet er skrevet.`);
  }
  return exitCode;
}
