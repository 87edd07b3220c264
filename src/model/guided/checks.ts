// Cross-record rules for guided-mapping records (run from records.ts): a walk-through's centre is
// a person on the map and its prompts record exists; a map has one prompts record. Named people
// since removed from the map are not reported (see GuidedSessionRecordSchema).
import { checkCentrePerson, pushIf } from '../governance/refs';
import { type Problem, warning } from '../problems';
import type { RecordCheckContext } from '../records';

export function checkGuidedRecords(ctx: RecordCheckContext): Problem[] {
  const out: Problem[] = [];
  const prompts = ctx.records.guidedPrompts;
  prompts.slice(1).forEach(({ index }) => {
    out.push(
      warning(
        `records[${index}]`,
        `the map already has guided-mapping prompts (records[${prompts[0]?.index}]); these are not used`,
      ),
    );
  });
  const ids = new Set(prompts.map((p) => p.record.id));
  for (const { index, record } of ctx.records.guidedSession) {
    pushIf(out, checkCentrePerson(ctx.nodes, index, record.centre, "a guided mapping's centre"));
    if (!ids.has(record.prompts))
      out.push(
        warning(
          `records[${index}].prompts`,
          `no guided-mapping prompts "${record.prompts}"; the map's own or the defaults are used`,
        ),
      );
  }
  return out;
}
