// Communities as the insights speak of them: the members of each Louvain community, and a name
// for one a workshop can recognise (the group around its best-connected member).
import { degreeAt } from '../graph';
import type { InsightInput } from './rule';
import { label } from './wording';

/** Node indices of each community, by community number. */
export function communityMembers(input: InsightInput): number[][] {
  const { community, count } = input.ctx.communities();
  const members: number[][] = Array.from({ length: count }, () => []);
  community.forEach((c, i) => members[c]?.push(i));
  return members;
}

/** Name a community by its best-connected member ("its own group" when that is `self`). */
export function communityName(input: InsightInput, members: readonly number[], self?: string): string {
  if (self !== undefined && members.some((m) => input.ctx.ids[m] === self)) return 'its own group';
  let best = members[0] as number;
  for (const m of members)
    if (degreeAt(input.ctx.structure, m) > degreeAt(input.ctx.structure, best)) best = m;
  return `the group around ${label(input, input.ctx.ids[best] as string)}`;
}
