// Which side of the formal/informal divide a node or a care tie is on, read from the document:
// the one rule the graph view draws (solid or dashed), the filters select by, and the analyses
// count with.
import { FORMAL_CATEGORIES, PAID_ROLES } from './catalogues';
import type { CareNode, Tie } from './schema';

/** A node's side of the formal/informal divide. */
export type Side = 'formal' | 'informal' | 'mixed';

/**
 * A node's side: its own `formality` when set; otherwise a person holding a paid role (care
 * worker, professional) is formal and any other person informal; a collective actor in a formal
 * category (statutory, health, regulated care) is formal; teams and circles, which mix paid and
 * gifted care, are mixed; everything else is informal.
 */
export function nodeSide(node: CareNode): Side {
  if (node.formality !== undefined) return node.formality;
  if (node.kind === 'person') return node.roles.some((r) => PAID_ROLES.includes(r)) ? 'formal' : 'informal';
  if (node.category !== undefined && FORMAL_CATEGORIES.includes(node.category)) return 'formal';
  if (node.kind === 'team' || node.kind === 'circle') return 'mixed';
  return 'informal';
}

/**
 * A care tie's formality: its own `formality` when set; otherwise paid care is formal and gifted
 * or volunteered care informal; otherwise it follows the giver's side (a mixed giver counts as
 * informal, since teams and circles mostly pass on gifted care).
 */
export function tieSide(tie: Tie, giver: CareNode | undefined): 'formal' | 'informal' {
  return tieSideGiven(tie, giver === undefined ? undefined : nodeSide(giver));
}

/** tieSide with the giver's side already known. */
export function tieSideGiven(tie: Tie, giverSide: Side | undefined): 'formal' | 'informal' {
  if (tie.formality !== undefined) return tie.formality;
  if (tie.payment === 'paid') return 'formal';
  if (tie.payment === 'gifted' || tie.payment === 'volunteered') return 'informal';
  return giverSide === 'formal' ? 'formal' : 'informal';
}
