import { describe, expect, it } from 'vitest';

import { dueForReview } from '../../../src/model';
import { CIRCLE, larkspur, TEAM_ASH, wear, withRecords } from './fixture';

describe('dueForReview', () => {
  const decided = (id: string, status: string, reviewDate: string) => ({
    id,
    type: 'proposal',
    context: CIRCLE,
    title: id,
    raisedAt: '2025-01-01',
    status,
    ...(status === 'draft' ? {} : { outcome: status, decidedAt: '2025-01-10' }),
    reviewDate,
  });
  const doc = withRecords(larkspur(), [
    wear('late', 'team.rota_holder', TEAM_ASH, ['maud'], { reviewAt: '2025-06-01' }),
    wear('early', 'circle.secretary', CIRCLE, ['bram'], { reviewAt: '2025-03-01' }),
    wear('ended', 'circle.coach', CIRCLE, ['hana'], { reviewAt: '2025-02-01', until: '2025-02-28' }),
    wear('later', 'circle.facilitator', CIRCLE, ['aiyana'], { reviewAt: '2025-09-01' }),
    decided('p-due', 'consented', '2025-04-01'),
    decided('p-amended', 'amended', '2025-02-01'),
    decided('p-gone', 'withdrawn', '2025-02-01'),
    decided('p-future', 'consented', '2026-01-01'),
  ]);

  it('lists hats still worn and decisions in effect whose review date has come, earliest first', () => {
    const due = dueForReview(doc, '2025-06-01');
    expect(due.hats.map((h) => h.id)).toEqual(['early', 'late']);
    expect(due.proposals.map((p) => p.id)).toEqual(['p-amended', 'p-due']);
  });
});
