/** Exit codes of every command. */
export const EXIT = {
  ok: 0,
  /** The run failed for a reason other than the input (I/O, internal error). */
  failure: 1,
  /** Wrong flags or arguments. */
  usage: 2,
  /** The input was read but is invalid (validation errors, malformed scenario). */
  invalidInput: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
