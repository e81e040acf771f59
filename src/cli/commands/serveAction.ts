import { loadSiteData, ResultsError } from '../../web/data/siteData.ts';
import { buildServer } from '../../web/server/buildServer.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { printErr, printOut } from '../printReport.ts';
import type { ServeFlags } from './serve.ts';

/** Serves the run until the process is asked to stop (SIGINT, SIGTERM); then closes and returns. */
export async function serveCommand(flags: ServeFlags): Promise<ExitCode> {
  const port = Number(flags.port ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    printErr(`fejl: --port ${flags.port}: expected a port number 0–65535`);
    return EXIT.usage;
  }
  const host = flags.host ?? '127.0.0.1';
  let data;
  try {
    data = await loadSiteData(flags.results);
  } catch (e) {
    if (e instanceof ResultsError) {
      printErr(`fejl: ${e.message}`);
      return EXIT.invalidInput;
    }
    throw e;
  }
  const app = await buildServer(data);
  const address = await app.listen({ port, host });
  const runs = [...data.runs, ...data.scenarios.flatMap((s) => s.runs)].map((r) => r.runId);
  printOut(
    `Boligmonitor kører på ${address}/ (${runs.length === 1 ? 'kørsel' : 'kørsler'} ${runs.join(', ')}); stop med Ctrl-C`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app.close().then(() => resolve());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}
