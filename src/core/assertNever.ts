/** Exhaustiveness check for `kind` switches: adding a variant breaks the build where it is unhandled. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
