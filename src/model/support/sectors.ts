// Which sector of a support network a node belongs in, read from its roles, kind, category and
// the payment on the care it gives the centre. One rule, so the drawing, the guided mapping and
// the PDF agree.
import { PAID_ROLES, type PersonRole } from '../catalogues';
import { nodeSide } from '../formality';
import type { CareNode, Tie } from '../schema';
import type { SupportSector } from './schema';

const FAMILY_ROLES: readonly PersonRole[] = ['family', 'advocate'];
const FRIEND_ROLES: readonly PersonRole[] = ['friend', 'neighbour'];
/** Paid roles and the co-op's operational hats: the people who come as part of a service. */
const SERVICE_ROLES: readonly PersonRole[] = [
  ...PAID_ROLES,
  'team_starter',
  'coach',
  'peer_supervisor',
  'recruiter',
];

/** Is this care tie paid: marked paid, or formal with no payment recorded? */
export function isPaidTie(tie: Tie): boolean {
  return tie.payment === 'paid' || (tie.payment === undefined && tie.formality === 'formal');
}

/** Does `node` give the centre care, and is every such tie paid? */
function givesOnlyPaid(node: CareNode, withCentre: readonly Tie[]): boolean {
  const giving = withCentre.filter((t) => t.kind === 'care' && (t.source === node.id || t.mutual));
  return giving.length > 0 && giving.every(isPaidTie);
}

/**
 * The sector of `node` in the support network of the centre, given the ties between the two
 * (`withCentre`, any kind and direction; empty for someone linked only through others).
 *
 * People: family or an advocate → family; a friend or neighbour → friends and neighbours (even
 * when also paid: the relationship comes first); a paid role, a co-op hat (Team Starter, Coach,
 * Peer Supervisor, Recruiter), a formal node, or someone whose care for the centre is all paid →
 * services; anyone else (volunteers, peer supporters, people with no role yet) → friends.
 * Groups, organisations, spaces, teams and circles: formal ones (statutory, health, regulated
 * care) and those whose care for the centre is all paid → services; the rest → community.
 */
export function supportSector(node: CareNode, withCentre: readonly Tie[]): SupportSector {
  const formal = nodeSide(node) === 'formal' || givesOnlyPaid(node, withCentre);
  if (node.kind !== 'person') return formal ? 'services' : 'community';
  if (node.roles.some((r) => FAMILY_ROLES.includes(r))) return 'family';
  if (node.roles.some((r) => FRIEND_ROLES.includes(r))) return 'friends';
  if (formal || node.roles.some((r) => SERVICE_ROLES.includes(r))) return 'services';
  return 'friends';
}
