// One person's support network (domain §1.3, §8): the rings and sectors it is drawn in, and the
// `supportNetwork` record that keeps what a team starter says about it beyond nodes and ties —
// who could join the person's team, and where each person sits in the drawing between visits.
// The record is per centre person, so on a community map every person can have their own.
// Who is in the network and on which ring is read from the ties (network.ts); the geometry is
// in placement.ts.
import * as z from 'zod';

import { CLOSENESS, type CatalogueEntry } from '../catalogues';
import { RecordIdSchema } from '../governance/schema';
import { NodeIdSchema } from '../ids';

// ---------------------------------------------------------------- rings and sectors

/**
 * The bands of the drawing, from the centre out: the three closeness rings of a tie (§3.3.1),
 * then a band for direct contacts with no closeness yet, then the people linked to the centre
 * only through someone else.
 */
export const SUPPORT_RINGS = [
  ...CLOSENESS,
  { id: 'none', label: 'No closeness yet' },
  { id: 'beyond', label: 'Through someone else' },
] as const satisfies readonly CatalogueEntry[];
export type SupportRing = (typeof SUPPORT_RINGS)[number]['id'];

/**
 * The four sectors of the drawing, by relationship (after easyNWK), clockwise from twelve
 * o'clock: friends upper right, community lower right, services lower left, family upper left.
 */
export const SUPPORT_SECTORS = [
  { id: 'friends', label: 'Friends and neighbours' },
  { id: 'community', label: 'Community groups, spaces and places' },
  { id: 'services', label: 'Paid and statutory services' },
  { id: 'family', label: 'Family and chosen family' },
] as const satisfies readonly CatalogueEntry[];
export type SupportSector = (typeof SUPPORT_SECTORS)[number]['id'];

// ---------------------------------------------------------------- the record

/** Where one person sits within their sector: 0 at the sector's clockwise start, 1 at its end. */
export const SupportPlaceSchema = z.strictObject({
  node: NodeIdSchema,
  along: z.number().finite().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1'),
});

/**
 * What is kept about one person's support network. References to nodes no longer on the map are
 * ignored when read and dropped when the record is next written: a remembered place or a mark
 * for someone who has been removed is stale memory, not a problem anyone has to fix.
 */
export const SupportNetworkRecordSchema = z.object({
  id: RecordIdSchema,
  type: z.literal('supportNetwork'),
  /** The person at the centre. */
  centre: NodeIdSchema,
  /** People marked as able to join the centre's team (domain §1.3 task 3), in the order marked. */
  teamCandidates: z
    .array(NodeIdSchema)
    .max(10_000)
    .refine((ids) => new Set(ids).size === ids.length, 'must not list anyone twice')
    .default([]),
  /** Remembered places in the drawing, so people keep their place between visits. */
  places: z
    .array(SupportPlaceSchema)
    .max(200_000)
    .refine((ps) => new Set(ps.map((p) => p.node)).size === ps.length, 'must not place anyone twice')
    .default([]),
});
export type SupportNetworkRecord = z.infer<typeof SupportNetworkRecordSchema>;
