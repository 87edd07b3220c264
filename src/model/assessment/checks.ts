// Cross-record rules for capacity-assessment records (run from records.ts): the partner is a
// group, organisation or space; assessors named by node are people; levels fit the circle's
// matrix; at most one matrix per document.
import { type Problem, warning } from '../problems';
import type { RecordCheckContext } from '../records';
import { checkNodeRef, pushIf } from '../governance/refs';
import { DEFAULT_CAPACITY_LEVELS, PARTNER_KINDS } from './dimensions';

/** Every problem with the capacity-assessment records of a document. */
export function checkAssessmentRecords(ctx: RecordCheckContext): Problem[] {
  const out: Problem[] = [];
  const [matrix, ...extra] = ctx.records.capacityMatrix;
  for (const m of extra) out.push(warning(`records[${m.index}]`, `a second readiness matrix; only records[${matrix?.index ?? 0}] is used`));
  const levels = matrix?.record.levels.length ?? DEFAULT_CAPACITY_LEVELS.length;
  for (const { index, record } of ctx.records.capacityAssessment) {
    const at = `records[${index}]`;
    pushIf(out, checkNodeRef(ctx.nodes, record.partner, `${at}.partner`, PARTNER_KINDS, 'an assessed partner'));
    record.assessors.forEach((a, j) => {
      if ('nodeId' in a) pushIf(out, checkNodeRef(ctx.nodes, a.nodeId, `${at}.assessors[${j}].nodeId`, ['person'], 'an assessor'));
    });
    for (const [dimension, rating] of Object.entries(record.ratings)) {
      if (rating?.level != null && rating.level > levels) {
        out.push(warning(`${at}.ratings.${dimension}.level`, `is ${rating.level}, but the readiness matrix has ${levels} levels`));
      }
    }
  }
  return out;
}
