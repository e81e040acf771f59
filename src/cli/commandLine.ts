import type { Command } from 'commander';

/** The command line as typed, e.g. `boligmonitor lists --figures x.csv --out out`, quoting where needed. */
export function commandLine(cmd: Command): string {
  let root: Command = cmd;
  while (root.parent !== null) root = root.parent;
  // Commander keeps the arguments it parsed in `rawArgs` (not in its type declarations).
  const raw = (root as unknown as { rawArgs?: unknown }).rawArgs;
  const args = Array.isArray(raw) ? raw.slice(2).map(String) : [cmd.name(), ...cmd.args];
  return ['boligmonitor', ...args].map(quote).join(' ');
}

function quote(arg: string): string {
  return /^[\w./:=@,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
