// Cross-record rules for `supportNetwork` records (run from records.ts): the centre is a person
// on the map, and each person has one record. Remembered places and team-candidate marks of
// people no longer on the map are deliberately not reported (see SupportNetworkRecordSchema).
import { checkCentrePerson, pushIf } from '../governance/refs';
import { type Problem, warning } from '../problems';
import type { RecordCheckContext } from '../records';

export function checkSupportRecords(ctx: RecordCheckContext): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  for (const { index, record } of ctx.records.supportNetwork) {
    pushIf(out, checkCentrePerson(ctx.nodes, index, record.centre, "a support network's centre"));
    const first = seen.get(record.centre);
    if (first !== undefined) {
      const name = ctx.nodes.get(record.centre)?.label ?? record.centre;
      out.push(
        warning(
          `records[${index}].centre`,
          `"${name}" already has a support network record (records[${first}]); this one is ignored`,
        ),
      );
    } else seen.set(record.centre, index);
  }
  return out;
}
