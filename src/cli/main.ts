import { Command, CommanderError } from 'commander';
import { EXIT } from './exitCodes.ts';
import { registerLists } from './commands/lists.ts';
import { registerExplain } from './commands/explain.ts';
import { registerRulesets } from './commands/rulesets.ts';
import { registerCompare } from './commands/compare.ts';
import { registerRun } from './commands/run.ts';
import { registerReport } from './commands/report.ts';
import { registerDid } from './commands/did.ts';
import { registerPlans } from './commands/plans.ts';
import { registerDuties } from './commands/duties.ts';
import { registerSynth } from './commands/synth.ts';
import { registerDemo } from './commands/demo.ts';
import { registerServe } from './commands/serve.ts';
import { SOFTWARE_VERSION } from '../softwareVersion.ts';

/** Builds the command tree; each command sets `process.exitCode` through the returned promise. */
export function buildProgram(): Command {
  const program = new Command('boligmonitor')
    .description(
      "Denmark's lists of public-housing areas (udsatte boligområder, parallelsamfund, omdannelses- og " +
        'forebyggelsesområder), computed from area figures or person-level register data.',
    )
    .version(SOFTWARE_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerDemo(program);
  registerLists(program);
  registerRun(program);
  registerReport(program);
  registerDid(program);
  registerPlans(program);
  registerDuties(program);
  registerSynth(program);
  registerExplain(program);
  registerCompare(program);
  registerRulesets(program);
  registerServe(program);
  return program;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      if (e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    process.stderr.write(`fejl: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failure;
  }
}
