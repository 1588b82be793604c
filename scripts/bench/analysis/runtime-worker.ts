/**
 * The overview's steps inside the runtime the Worker runs on (workerd), one request each:
 * scripts/bench/analysis/runtime.ts bundles this module, runs it in Miniflare and reads the CPU each
 * request costs from outside. The steps are those cpu.ts times in Node, on the same synthetic
 * partnership; only the runtime (its V8, its garbage collector) differs. Never deployed.
 */

import { currentInstrument } from '../../../core/instrument';
import { buildReport, type ReportInput } from '../../../worker/analysis';
import { reportOverview } from '../../../worker/analysis/overview';
import { keepModel, keptModel, modelKey } from '../../../worker/routes/report-cache';
import { overviewInput, readRows } from './cpu';

interface Prepared extends ReturnType<typeof overviewInput> {
  /** The input with the rows parsed once, for the analysis on its own. */
  readonly parsed: ReportInput;
  readonly storedKey: string;
  readonly storedBody: string;
}

let prepared: Prepared | undefined;
let sequence = 1;

const keyOf = (input: ReportInput, release: number) => modelKey('survey', release, input);
/**
 * The body's length instead of the body: the steps are parsing, analysis and JSON, as in cpu.ts;
 * what sending the overview's bytes costs is a step of its own (`/send`).
 */
const sized = (body: string) => new Response(String(body.length));

/**
 * `POST /prepare?perPartner=N`, then one step per request (runtime.ts's RUNTIME_STEPS): `/idle`
 * does nothing; `/computed` is a release this isolate has not built, split into `/parse` (the rows
 * read back) and `/analysis` (`buildReport`, cut, JSON from rows read once); `/parse-objects` parses
 * the rows as they were stored before (JSON objects); `/stored` and `/served` as in cpu.ts; `/send`
 * answers with the overview's bytes.
 */
export default {
  fetch(request: Request): Response {
    const { pathname, searchParams } = new URL(request.url);
    if (pathname === '/prepare') {
      const input = overviewInput(currentInstrument, Number(searchParams.get('perPartner')));
      const parsed = input.fromRows(readRows(currentInstrument, input.rows));
      const model = buildReport(parsed);
      keepModel(keyOf(input.full, 1), model);
      prepared = { ...input, parsed, storedKey: keyOf(input.full, 1), storedBody: JSON.stringify(reportOverview(model)) };
      return new Response('prepared');
    }
    if (!prepared) return new Response('POST /prepare first', { status: 409 });
    const { full, rows, fromRows, parsed, storedKey, storedBody } = prepared;
    switch (pathname) {
      case '/idle':
        return new Response('');
      case '/computed': {
        // A release this isolate has not built: nothing kept under its key.
        sequence += 1;
        if (keptModel(keyOf(full, sequence))) throw new Error('a new release found a kept model');
        return sized(JSON.stringify(reportOverview(buildReport(fromRows(readRows(currentInstrument, rows))))));
      }
      case '/parse':
        return sized(String(readRows(currentInstrument, rows).length));
      case '/parse-objects':
        return sized(String(rows.map((row) => JSON.parse(row.objectText)).length));
      case '/analysis':
        return sized(JSON.stringify(reportOverview(buildReport(parsed))));
      case '/stored':
        if (keyOf(full, 1) !== storedKey) throw new Error('the stored overview is of another key');
        return sized(JSON.stringify(JSON.parse(storedBody)));
      case '/served':
        return sized(JSON.stringify(reportOverview(keptModel(keyOf(full, 1))!)));
      case '/send':
        return new Response(storedBody);
      default:
        return new Response('not found', { status: 404 });
    }
  },
};
