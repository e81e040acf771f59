import { formatNumberDa } from '../../core/format/formatDa.ts';
import { vulnerableNoteDa, type Chapter3Context } from './chapter3Catalogue.ts';
import {
  didConclusionTextDa,
  didEstimateTextDa,
  didModelTextDa,
  didPreTrendTextDa,
  type ChapterDid,
} from './chapter3Did.ts';
import type { ReportFact } from './reportFacts.ts';

/**
 * The facts of chapter 3's text: who is socially vulnerable (`socialt_udsatte.definition`), the treated municipalities (`fraflytning.kommuner`, `fraflytning.listeaar`), the
 * post period (`did.efter`), and per outcome (`did.any.…` to any other municipality, `did.control.…` to control
 * municipalities) the estimate (`estimat`: "β = 1,2 procentpoint (95 pct.-konfidensinterval: −0,8 til 3,2)"), its
 * conclusion (`konklusion`: "ingen signifikant forskel" only when the interval covers 0, or why there is no
 * estimate), the pre-trend test (`praetrend`) and the model (`model`: observations, clusters, K).
 */
export function chapter3FactsFrom(ctx: Chapter3Context, dids: readonly ChapterDid[]): ReportFact[] {
  const facts: ReportFact[] = [
    {
      key: 'fraflytning.kommuner',
      textDa: ctx.treatedCount === null ? 'ukendt' : formatNumberDa(ctx.treatedCount),
      about: `municipalities with an area on the forebyggelse list of ${ctx.treatmentListYear} (treated)`,
    },
    {
      key: 'fraflytning.listeaar',
      textDa: String(ctx.treatmentListYear),
      about: 'the list year of the treatment list',
    },
    {
      key: 'socialt_udsatte.definition',
      textDa: vulnerableNoteDa(ctx.options),
      about: 'who counts as socially vulnerable, with the options in force',
    },
    {
      key: 'did.efter',
      textDa: String(ctx.options.socialExportPostFrom),
      about: 'the first year of the post period',
    },
  ];
  for (const d of dids) {
    const put = (key: string, textDa: string, about: string): void => {
      facts.push({ key: `did.${d.outcome}.${key}`, textDa, about: `${about} (outcome ${d.outcome})` });
    };
    put('estimat', didEstimateTextDa(d), 'the DiD estimate and its 95 % interval');
    put('konklusion', didConclusionTextDa(d), 'what the DiD estimate says, or why there is none');
    put('praetrend', didPreTrendTextDa(d), 'the joint pre-trend test of the event study');
    put('model', didModelTextDa(d), 'the DiD model: observations, clusters, K');
  }
  return facts;
}
