// The evaluation records of Larkspur Green over time (domain §10.4): two Social Climate Survey
// rounds for every team and for the circle, with enough anonymous responses to be scored, and
// capacity assessments of three partners at two or three dates. Answers are drawn from a seeded
// generator around a target score per domain, so the scores land where the story needs them:
//   - Team Ash and the circle: Growth medium → high, Well-being, Relationships & Belonging stays
//     medium (with a note on worker tiredness), Systems & Co-production low → medium;
//   - Team Birch: WRB low → medium once it is linked into the community; Team Fir, formed in
//     February 2026, is surveyed at six weeks and at seven months;
//   - Larkspur Neighbours Together: Stress & Wellbeing 2 at the launch, 1 at six months
//     (overstretched), 3 at eighteen months (relieved); Mind the Gap Wellbeing CIC strong on
//     Participation, weak on Resources; The Kettle Café high Motivation, low Governance.
// Uses the built-in item bank (no instrument record), so every round scores with the defaults.
import type { z } from 'zod';

import {
  appliesTo,
  type CapacityAssessmentSchema,
  type CapacityDimensionId,
  DEFAULT_ITEM_BANK,
  SCALE_MAX,
  SCALE_MIN,
  type StakeholderGroup,
  type SurveyDomainId,
  type SurveyResponseSchema,
  type SurveyRoundSchema,
} from '../../src/model';

type SurveyRoundInput = z.input<typeof SurveyRoundSchema>;
type SurveyResponseInput = z.input<typeof SurveyResponseSchema>;
type CapacityAssessmentInput = z.input<typeof CapacityAssessmentSchema>;

/** Target score per domain: [growth, wrb, smc]. */
type Targets = readonly [number, number, number];

interface RoundPlan {
  readonly id: string;
  readonly scope: string;
  readonly label: string;
  readonly opened: string;
  readonly closed: string;
  readonly targets: Targets;
  /** Respondents by stakeholder group. */
  readonly respondents: Partial<Record<StakeholderGroup, number>>;
  /** Respondents' team: the scope for a team round; none for the circle's. */
  readonly team?: string;
  readonly note?: string;
}

const SMALL_TEAM: RoundPlan['respondents'] = { care_receiver: 1, family: 2, care_worker: 2, volunteer: 1, member: 1 };
// Team Ash and the circle: four stakeholder groups of five, so each group is scored with the
// default minimum group size (5).
const FOUR_GROUPS: RoundPlan['respondents'] = { family: 5, care_worker: 5, member: 5, volunteer: 5 };

const EARLY = { opened: '2025-09-01', closed: '2025-09-26' };
const LATE = { opened: '2026-09-01', closed: '2026-09-18' };

function teamRounds(slug: string, label: string, first: Targets, second: Targets, respondents: RoundPlan['respondents'], notes: [string?, string?] = []): RoundPlan[] {
  const scope = `n-team-${slug}`;
  return [
    { id: `round-${slug}-2025-09`, scope, label: `${label}: six-month review`, ...EARLY, targets: first, respondents, team: scope, ...(notes[0] !== undefined ? { note: notes[0] } : {}) },
    { id: `round-${slug}-2026-09`, scope, label: `${label}: eighteen-month review`, ...LATE, targets: second, respondents, team: scope, ...(notes[1] !== undefined ? { note: notes[1] } : {}) },
  ];
}

/** Every round of the sample, oldest first per scope. */
const ROUNDS: readonly RoundPlan[] = [
  { id: 'round-circle-2025-09', scope: 'n-circle', label: 'Circle: six-month review', ...EARLY, targets: [3.0, 3.0, 2.1], respondents: FOUR_GROUPS },
  { id: 'round-circle-2026-09', scope: 'n-circle', label: 'Circle: eighteen-month review', ...LATE, targets: [3.8, 3.1, 2.9], respondents: FOUR_GROUPS, note: 'Consent rounds are now used at every circle meeting; members say decisions feel shared.' },
  ...teamRounds('ash', 'Team Ash', [3.1, 3.0, 2.1], [3.9, 3.1, 2.9], FOUR_GROUPS, [undefined, 'Care workers reported tiredness over the winter rota: well-being held at medium.']),
  ...teamRounds('birch', 'Team Birch', [2.9, 2.1, 2.7], [3.2, 3.0, 2.9], SMALL_TEAM, ['Mr B. and P. feel cut off from the neighbourhood.', "Since the Men's Shed and Silver Voices, Mr B. says he has “somewhere to be on Thursdays”."]),
  ...teamRounds('cedar', 'Team Cedar', [3.3, 3.6, 3.0], [3.6, 3.8, 3.2], SMALL_TEAM),
  ...teamRounds('damson', 'Team Damson', [3.0, 3.1, 2.8], [3.1, 3.0, 3.0], SMALL_TEAM),
  ...teamRounds('elm', 'Team Elm', [3.8, 3.9, 3.6], [3.9, 4.0, 3.8], SMALL_TEAM),
  { id: 'round-fir-2026-03', scope: 'n-team-fir', label: 'Team Fir: six weeks in', opened: '2026-03-16', closed: '2026-03-31', targets: [2.9, 3.0, 2.6], respondents: SMALL_TEAM, team: 'n-team-fir' },
  { id: 'round-fir-2026-09', scope: 'n-team-fir', label: 'Team Fir: eighteen-month review', ...LATE, targets: [3.3, 3.4, 3.1], respondents: SMALL_TEAM, team: 'n-team-fir' },
];

const DOMAIN_INDEX: Record<SurveyDomainId, number> = { growth: 0, wrb: 1, smc: 2 };
const TEAMS = ['n-team-ash', 'n-team-birch', 'n-team-cedar', 'n-team-damson', 'n-team-elm'];

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A normal-ish draw (sum of three uniforms, mean 0, standard deviation about `sd`). */
function noise(rng: () => number, sd: number): number {
  return (rng() + rng() + rng() - 1.5) * 2 * sd;
}

/** Survey rounds and their responses, as record inputs. */
export function surveyRecords(rng: () => number): Array<SurveyRoundInput | SurveyResponseInput> {
  const out: Array<SurveyRoundInput | SurveyResponseInput> = [];
  for (const plan of ROUNDS) {
    out.push({ id: plan.id, type: 'surveyRound', scope: plan.scope, label: plan.label, opened: plan.opened, closed: plan.closed, ...(plan.note !== undefined ? { note: plan.note } : {}) });
    const span = (Date.parse(plan.closed) - Date.parse(plan.opened)) / 86_400_000;
    let k = 0;
    for (const [group, count] of Object.entries(plan.respondents) as [StakeholderGroup, number][]) {
      for (let i = 0; i < count; i++) {
        k += 1;
        const lean = noise(rng, 0.25);
        const answers: Record<string, number | null> = {};
        for (const item of DEFAULT_ITEM_BANK) {
          if (!appliesTo(item, group)) continue;
          // One answer in a hundred is skipped, as people do.
          if (rng() < 0.01) {
            answers[item.id] = null;
            continue;
          }
          const target = plan.targets[DOMAIN_INDEX[item.domain]] as number;
          const agree = Math.min(SCALE_MAX, Math.max(SCALE_MIN, Math.round(target + lean + noise(rng, 0.6))));
          // Negatively worded items are answered the other way round (the scoring flips them back).
          answers[item.id] = item.reverse ? SCALE_MIN + SCALE_MAX - agree : agree;
        }
        const team = plan.team ?? TEAMS[Math.floor(rng() * (TEAMS.length + 1))];
        out.push({
          id: `${plan.id}-r${String(k).padStart(2, '0')}`,
          type: 'surveyResponse',
          round: plan.id,
          stakeholder: group,
          ...(team !== undefined ? { team } : {}),
          date: addDays(plan.opened, Math.floor(rng() * (span + 1))),
          answers,
        });
      }
    }
  }
  return out;
}

type Ratings = Partial<Record<CapacityDimensionId, { level: number; note?: string }>>;

function assessment(id: string, partner: string, date: string, ratings: Ratings, note: string, assessors: string[]): CapacityAssessmentInput {
  return { id, type: 'capacityAssessment', partner, date, method: 'meeting', assessors: assessors.map((nodeId) => ({ nodeId })), ratings, note };
}

const LNT_BASE: Ratings = {
  power_governance: { level: 2 },
  resources: { level: 2 },
  communication: { level: 3 },
  change_innovation: { level: 3 },
  trust_social_capital: { level: 4, note: 'Known and trusted on every estate.' },
  participation: { level: 2 },
  conflict_resolution: { level: 3 },
  accountability: { level: 3 },
  motivation: { level: 4 },
};

/** Capacity assessments of Neighbours Together (three dates), Mind the Gap and the Kettle Café (two each). */
export function assessmentRecords(): CapacityAssessmentInput[] {
  return [
    assessment('assess-lnt-2025-03', 'n-neighbours-together', '2025-03-20', { ...LNT_BASE, stress_wellbeing: { level: 2, note: 'One coordinator, stretched but coping.' } }, 'Assessed at the launch, as an anchor partner.', ['n-efe', 'n-chidi']),
    assessment('assess-lnt-2025-09', 'n-neighbours-together', '2025-09-24', { ...LNT_BASE, resources: { level: 1, note: 'No money for a second coordinator.' }, stress_wellbeing: { level: 1, note: 'Fifteen befriendees on one part-time post; the coordinator is exhausted.' } }, 'Overstretched since taking on the surgery’s waiting list in the spring.', ['n-efe', 'n-chidi']),
    assessment('assess-lnt-2026-09', 'n-neighbours-together', '2026-09-09', { ...LNT_BASE, resources: { level: 3, note: 'A second coordinator funded from January 2026.' }, stress_wellbeing: { level: 3, note: 'Load shared; four befriendees now with Open Arms.' }, participation: { level: 3 } }, 'Relieved: a second coordinator and a handover to Open Arms.', ['n-efe', 'n-fenna']),
    assessment('assess-mtg-2025-09', 'n-mind-the-gap', '2025-09-17', { power_governance: { level: 3 }, resources: { level: 1, note: 'Grant ends in March; no reserves.' }, communication: { level: 3 }, change_innovation: { level: 3 }, trust_social_capital: { level: 3 }, participation: { level: 4, note: 'Peer supporters sit on its board.' }, conflict_resolution: { level: 3 }, stress_wellbeing: { level: 2 }, accountability: { level: 3 }, motivation: { level: 4 } }, 'Strong participation, weak resources.', ['n-fenna']),
    assessment('assess-mtg-2026-09', 'n-mind-the-gap', '2026-09-11', { power_governance: { level: 3 }, resources: { level: 2, note: 'A two-year grant from the health board.' }, communication: { level: 3 }, change_innovation: { level: 3 }, trust_social_capital: { level: 4 }, participation: { level: 4 }, conflict_resolution: { level: 3 }, stress_wellbeing: { level: 3 }, accountability: { level: 3 }, motivation: { level: 4 } }, 'Still strong on participation; resources a little better.', ['n-fenna']),
    assessment('assess-kettle-2025-09', 'n-kettle-cafe', '2025-09-19', { power_governance: { level: 1, note: 'The owner decides everything.' }, resources: { level: 3 }, communication: { level: 2 }, change_innovation: { level: 3 }, trust_social_capital: { level: 3 }, participation: { level: 2 }, conflict_resolution: { level: 2 }, stress_wellbeing: { level: 3 }, accountability: { level: 2 }, motivation: { level: 4, note: 'Wants the café to be the neighbourhood’s living room.' } }, 'High motivation, low governance.', ['n-chidi']),
    assessment('assess-kettle-2026-09', 'n-kettle-cafe', '2026-09-14', { power_governance: { level: 2, note: 'A regulars’ group now plans the huddles with the owner.' }, resources: { level: 3 }, communication: { level: 3 }, change_innovation: { level: 3 }, trust_social_capital: { level: 3 }, participation: { level: 2 }, conflict_resolution: { level: 2 }, stress_wellbeing: { level: 3 }, accountability: { level: 2 }, motivation: { level: 4 } }, 'Governance a step up.', ['n-chidi']),
  ];
}
