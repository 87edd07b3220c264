// A small, strict builder for hand-written sample maps: fixed readable ids (`n-ash-owner`,
// `t-care-maud-ash-owner`), kind-appropriate defaults for care ties, and loud failures on typos
// (an unknown node id or a repeated id throws while the script runs, long before a file is
// written). Used only by scripts/make-sample-maps.ts.
import {
  type CareNode,
  type CareNodeInput,
  type Closeness,
  FORMAL_CATEGORIES,
  type Frequency,
  type NodeId,
  type NodeKind,
  PAID_ROLES,
  type Participation,
  type PartnershipStatus,
  type Payment,
  type Strength,
  type Tie,
  type TieFormality,
  type TieId,
  type TieKind,
} from '../../src/model';

export { seededRandom } from '../../src/model';

/** Shuffle a copy of `list` with the given generator (Fisher-Yates). */
export function shuffled<T>(rng: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** What a care tie may say; anything left out gets a default from the giver (see `care`). */
export interface CareOptions {
  careTypes: string[];
  strength?: Strength | 'auto';
  frequency?: Frequency;
  hours?: number;
  closeness?: Closeness;
  formality?: TieFormality;
  payment?: Payment;
  mutual?: boolean;
  inSupportPlan?: boolean;
  since?: string;
  until?: string;
  notes?: string;
  label?: string;
}

/** Node input without the list fields, which default to empty. */
export type NodeSpec = Omit<CareNodeInput, 'id' | 'kind' | 'label'> & Partial<Pick<CareNode, 'roles' | 'careOffered' | 'careNeeded' | 'tags'>>;

export class MapBuilder {
  readonly nodes: CareNode[] = [];
  readonly ties: Tie[] = [];
  /** Ties whose strength the sample leaves to the strength quota (see `fillStrengths`). */
  readonly autoStrength = new Set<string>();
  private readonly byId = new Map<string, CareNode>();
  private readonly tieIds = new Set<string>();

  node(id: string, kind: NodeKind, label: string, spec: NodeSpec = {}): CareNode {
    if (this.byId.has(id)) throw new Error(`sample: node id ${id} used twice`);
    const node = { id: id as NodeId, kind, label, roles: [], careOffered: [], careNeeded: [], tags: [], ...spec } as CareNode;
    this.nodes.push(node);
    this.byId.set(id, node);
    return node;
  }

  get(id: string): CareNode {
    const node = this.byId.get(id);
    if (node === undefined) throw new Error(`sample: no node ${id}`);
    return node;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  private tie(kind: TieKind, short: string, source: string, target: string, fields: Partial<Tie>, strength: Strength | 'auto'): Tie {
    this.get(source);
    this.get(target);
    const base = `t-${short}-${source.replace(/^n-/, '')}-${target.replace(/^n-/, '')}`;
    let id = base;
    for (let k = 2; this.tieIds.has(id); k++) id = `${base}-${k}`;
    this.tieIds.add(id);
    const tie: Tie = {
      id: id as TieId,
      kind,
      source: source as NodeId,
      target: target as NodeId,
      mutual: false,
      careTypes: [],
      strength: strength === 'auto' ? 'unclassified' : strength,
      ...fields,
    };
    if (strength === 'auto') this.autoStrength.add(id);
    this.ties.push(tie);
    return tie;
  }

  /**
   * A care flow from giver to receiver. Defaults follow the giver: paid roles and formal
   * organisations give formal, paid care; volunteers give volunteered care; everyone else gifts.
   */
  care(source: string, target: string, o: CareOptions): Tie {
    const giver = this.get(source);
    const paidPerson = giver.roles.some((r) => PAID_ROLES.includes(r));
    const formalActor = giver.formality === 'formal' || (giver.category !== undefined && FORMAL_CATEGORIES.includes(giver.category));
    const formality = o.formality ?? (paidPerson || formalActor ? 'formal' : 'informal');
    const payment = o.payment ?? (formality === 'formal' ? 'paid' : giver.roles.includes('volunteer') ? 'volunteered' : 'gifted');
    const fields: Partial<Tie> = { formality, payment, careTypes: o.careTypes, mutual: o.mutual ?? false };
    if (o.label !== undefined) fields.label = o.label;
    if (o.frequency !== undefined) fields.frequency = o.frequency;
    if (o.hours !== undefined) fields.hoursPerWeek = o.hours;
    if (o.closeness !== undefined) fields.closeness = o.closeness;
    if (o.inSupportPlan !== undefined) fields.inSupportPlan = o.inSupportPlan;
    if (o.since !== undefined) fields.since = o.since;
    if (o.until !== undefined) fields.until = o.until;
    if (o.notes !== undefined) fields.notes = o.notes;
    return this.tie('care', 'care', source, target, fields, o.strength ?? 'auto');
  }

  /** A person (or a team) joining a team or circle, with mutual consent for teams. */
  member(source: string, target: string, o: { role?: string; participation?: Participation; since?: string; strength?: Strength | 'auto' } = {}): Tie {
    const isTeam = this.get(target).kind === 'team';
    const fields: Partial<Tie> = {};
    if (o.role !== undefined) fields.role = o.role;
    if (o.participation !== undefined) fields.participation = o.participation;
    if (isTeam) {
      fields.ownerConsented = true;
      fields.memberConsented = true;
    }
    if (o.since !== undefined) fields.since = o.since;
    return this.tie('membership', 'member', source, target, fields, o.strength ?? 'generative');
  }

  /** A partnership between the circle and an organisation, hub or space (symmetric). */
  partner(circle: string, other: string, status: PartnershipStatus, since: string, notes?: string): Tie {
    const strength: Strength = status === 'active' ? 'generative' : status === 'lapsed' ? 'inactive' : 'unclassified';
    return this.tie('partnership', 'partner', circle, other, { mutual: true, partnershipStatus: status, since, ...(notes !== undefined ? { notes } : {}) }, strength);
  }

  /** A group or activity meeting at a space. */
  hosted(group: string, space: string, since: string, strength: Strength = 'generative'): Tie {
    return this.tie('hosted_at', 'hosted', group, space, { since }, strength);
  }

  /** Who referred whom (or whose case) to whom. */
  referral(from: string, to: string, label: string, since: string, strength: Strength = 'engaged'): Tie {
    return this.tie('referral', 'referral', from, to, { label, since }, strength);
  }

  /** An element's membership of the convening partner's commons (Service Map types 1-2). */
  commons(element: string, convener: string, active: boolean, since: string): Tie {
    return this.tie('commons_membership', 'commons', element, convener, { commonsStatus: active ? 'active' : 'inactive', since }, active ? 'engaged' : 'inactive');
  }

  /** A team's double link to its parent circle. */
  doubleLink(team: string, circle: string, since: string): Tie {
    return this.tie('double_link', 'link', team, circle, { since }, 'generative');
  }

  /**
   * Give every tie left to the quota (`strength: 'auto'`) a strength so that, over all ties of
   * the given kinds, the mix comes as close as the hand-set ties allow to `target` (shares that
   * sum to 1). Which auto tie gets which label is decided by a seeded shuffle.
   */
  fillStrengths(rng: () => number, kinds: readonly TieKind[], target: Readonly<Record<Strength, number>>): void {
    const scope = this.ties.filter((t) => kinds.includes(t.kind));
    const auto = scope.filter((t) => this.autoStrength.has(t.id));
    const fixed = scope.filter((t) => !this.autoStrength.has(t.id));
    const order: Strength[] = ['generative', 'engaged', 'inactive', 'unclassified'];
    const need = order.map((s) => Math.max(0, Math.round(target[s] * scope.length) - fixed.filter((t) => t.strength === s).length));
    const labels: Strength[] = [];
    order.forEach((s, i) => {
      for (let k = 0; k < (need[i] as number); k++) labels.push(s);
    });
    // Rounding may leave the list a little long or short: trim or pad with the most wanted label.
    while (labels.length > auto.length) labels.pop();
    while (labels.length < auto.length) labels.push('inactive');
    const dealt = shuffled(rng, labels);
    auto.forEach((t, i) => {
      t.strength = dealt[i] as Strength;
    });
    for (const t of auto) this.autoStrength.delete(t.id);
  }
}
