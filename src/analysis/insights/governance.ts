// Governance insights: hats and capacity assessments feed the analysis. The findings themselves
// are worked out in the model (src/model/governance/findings.ts); these rules set their
// thresholds from the settings and pass them on: many hats and a low-capacity partner with a heavy
// care load (overstretch), essential hats nobody wears (a gap).
import {
  type GovernanceFinding,
  manyHatsFindings,
  overstretchedPartnerFindings,
  vacantHatFindings,
} from '../../model';
import { defineRule, type Finding, type InsightRule } from './rule';
import type { ThresholdName } from './thresholds';

/** A governance finding as a rule's finding; its id is already `<rule id>:<subject>`. */
function fromFinding(f: GovernanceFinding, threshold: ThresholdName | null): Finding {
  return {
    subject: f.id.slice(f.type.length + 1),
    nodes: f.nodes,
    numbers: { ...f.numbers },
    sentence: f.sentence,
    threshold,
    score: f.score,
  };
}

const manyHats = defineRule({
  id: 'many-hats',
  kind: 'overstretch',
  label: 'Many hats at once',
  description: 'A person wearing at least the threshold number of team or circle hats.',
  find: (input) =>
    manyHatsFindings(input.care.doc, { minHats: input.thresholds.manyHats }).map((f) =>
      fromFinding(f, 'manyHats'),
    ),
});

const vacantEssentialHats = defineRule({
  id: 'vacant-essential-hats',
  kind: 'gap',
  label: 'Essential hats nobody wears',
  description: 'Teams and circles with hats recorded where an essential hat has no holder.',
  find: (input) =>
    vacantHatFindings(input.care.doc, { contexts: 'governed' }).map((f) => fromFinding(f, null)),
});

const lowCapacityPartners = defineRule({
  id: 'overstretched-partner',
  kind: 'overstretch',
  label: 'Low capacity, heavy care load',
  description:
    'A partner whose latest capacity assessment is lowest on Stress & Wellbeing or Resources while touching many care ties.',
  find: (input) =>
    overstretchedPartnerFindings(input.care.doc, { minCareTies: input.thresholds.heavyCareTies }).map((f) =>
      fromFinding(f, 'heavyCareTies'),
    ),
});

export const GOVERNANCE_RULES: readonly InsightRule[] = [manyHats, vacantEssentialHats, lowCapacityPartners];
