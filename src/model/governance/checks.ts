// Cross-record rules for governance records (run from records.ts): hats exist and fit their
// context, contexts are teams or circles, holders and named participants are people, custom hat
// ids do not shadow built-in ones, and nobody is Leader and Delegate of the same circle at the
// same time (§4.7.2).
import { NODE_KIND_IDS, type NodeKind } from '../catalogues';
import { type Problem, problem, warning } from '../problems';
import type { RecordCheckContext } from '../records';
import { catalogueHat, DELEGATE_HAT_ID, LEADER_HAT_ID } from './hatCatalogue';
import { checkNodeRef, pushIf } from './refs';
import type { HatAssignment, HatDefinition, PersonRef } from './schema';

const CONTEXT_KINDS = ['team', 'circle'] as const;

function checkPersonRef(
  ctx: RecordCheckContext,
  ref: PersonRef | undefined,
  path: string,
  kinds: readonly NodeKind[],
  role: string,
  out: Problem[],
): void {
  if (ref !== undefined && 'nodeId' in ref) pushIf(out, checkNodeRef(ctx.nodes, ref.nodeId, `${path}.nodeId`, kinds, role));
}

/** Do two assignments' date ranges overlap? Missing `from`/`until` means open-ended. */
export function periodsOverlap(a: Pick<HatAssignment, 'from' | 'until'>, b: Pick<HatAssignment, 'from' | 'until'>): boolean {
  const aStart = a.from ?? '0000-01-01';
  const bStart = b.from ?? '0000-01-01';
  const aEnd = a.until ?? '9999-12-31';
  const bEnd = b.until ?? '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}

function checkLeaderDelegate(ctx: RecordCheckContext, out: Problem[]): void {
  const leaders = ctx.records.hatAssignment.filter((x) => x.record.hat === LEADER_HAT_ID);
  const delegates = ctx.records.hatAssignment.filter((x) => x.record.hat === DELEGATE_HAT_ID);
  for (const l of leaders) {
    for (const d of delegates) {
      if (l.record.context !== d.record.context || !periodsOverlap(l.record, d.record)) continue;
      for (const person of l.record.holders) {
        const j = d.record.holders.indexOf(person);
        if (j < 0) continue;
        const name = ctx.nodes.get(person)?.label ?? person;
        const rule = 'one person may not be Leader and Delegate of the same circle';
        out.push(problem(`records[${l.index}].holders[${l.record.holders.indexOf(person)}]`, `"${name}" is also Delegate here (records[${d.index}]); ${rule}`));
        out.push(problem(`records[${d.index}].holders[${j}]`, `"${name}" is also Leader here (records[${l.index}]); ${rule}`));
      }
    }
  }
}

/** Every problem with the governance records of a document. */
export function checkGovernanceRecords(ctx: RecordCheckContext): Problem[] {
  const out: Problem[] = [];
  const custom = new Map<string, HatDefinition>();
  for (const { index, record } of ctx.records.hatDefinition) {
    if (catalogueHat(record.id) !== undefined) out.push(problem(`records[${index}].id`, `"${record.id}" is a built-in hat id; choose another`));
    else custom.set(record.id, record);
  }
  for (const { index, record: a } of ctx.records.hatAssignment) {
    const at = `records[${index}]`;
    const hat = catalogueHat(a.hat) ?? custom.get(a.hat);
    const context = ctx.nodes.get(a.context);
    if (hat === undefined) out.push(warning(`${at}.hat`, `no hat "${a.hat}" in the catalogue or this map's custom hats`));
    pushIf(out, checkNodeRef(ctx.nodes, a.context, `${at}.context`, CONTEXT_KINDS, "a hat's context"));
    if (hat !== undefined && context !== undefined && (context.kind === 'team' || context.kind === 'circle') && hat.scope !== context.kind) {
      out.push(warning(`${at}.hat`, `"${hat.name}" is a ${hat.scope} hat, worn here in a ${context.kind}`));
    }
    a.holders.forEach((h, j) => pushIf(out, checkNodeRef(ctx.nodes, h, `${at}.holders[${j}]`, ['person'], 'a hat holder')));
  }
  checkLeaderDelegate(ctx, out);
  for (const { index, record: p } of ctx.records.proposal) {
    const at = `records[${index}]`;
    pushIf(out, checkNodeRef(ctx.nodes, p.context, `${at}.context`, CONTEXT_KINDS, 'the deciding body'));
    // Anyone may raise a proposal, a group or organisation included (§4.5).
    checkPersonRef(ctx, p.proposedBy, `${at}.proposedBy`, NODE_KIND_IDS, 'whoever proposed it', out);
    p.consentRound.forEach((e, j) => checkPersonRef(ctx, e.participant, `${at}.consentRound[${j}].participant`, ['person'], 'a participant', out));
  }
  return out;
}
