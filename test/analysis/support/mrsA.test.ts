// Mrs A.'s support network (sample-maps/mrs-a-support-network.carewealth.json), worked by hand
// from the file's care ties. Care she receives, dormant ties (library, Dial-a-Ride, market) left
// out, with hours a week: Maud 7, Edna 3, Pearl 1 (mutual), W. 10, K. 6, Joy 2, Knit & Natter 2,
// St Bride's Congregation 2, Corner Pharmacy –, Nadia 0.5, Lucy 1, Tom 3, GP –, Hair by Carol 1,
// Kettle Café –, her bench –, Mr O. 1 (mutual), and Hana – into Team Ash, which she owns: 18
// givers, 39.5 hours. Formal (paid workers, pharmacy, GP): 4 givers, W. 10 + K. 6 = 16 hours, so
// 23.5 informal (59.5%). Her needs: personal care (W., K.), medication (K., pharmacy), meals
// (Maud only), companionship (Maud, Edna, Joy, the congregation, Tom, Mr O.), practical help
// (Maud, Tom, the hairdresser), social connection (Knit & Natter, Kettle Café) and life admin
// (nobody; Tom offers it). Maud gives 7 + 4 (to Mr O.) = 11 hours against a capacity of 10. Her
// ties: 19 care ties in, 2 out, 1 membership = 22, three of them inactive. She gives Pearl 1,
// Knit & Natter 2 and Mr O. 1 hour. Tom and Joy are marked as able to join her team; Lucy, Maud,
// W. and K. are in it already.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyzeSupport, type SupportReport } from '../../../src/analysis';
import { type CareMap, layoutSupportNetwork, loadCareMap, personalCentre } from '../../../src/model';
import { SAMPLE_DIR } from '../../../scripts/make-sample-maps';

function load(): CareMap {
  const result = loadCareMap(
    JSON.parse(readFileSync(join(SAMPLE_DIR, 'mrs-a-support-network.carewealth.json'), 'utf8')),
  );
  if (!result.ok) throw new Error('sample does not load');
  return result.value;
}

const doc = load();
const report = analyzeSupport(doc, personalCentre(doc) ?? '') as SupportReport;
const sentence = (id: string) => report.findings.find((f) => f.id === id)?.sentence;

describe("where Mrs A.'s support is thin", () => {
  it('is about Mrs A., the centre of her personal map', () => {
    expect(personalCentre(doc)).toBe('n-ash-owner');
    expect(report.label).toBe('Mrs A.');
  });

  it('goes need by need, then strain, balance and team candidates', () => {
    expect(report.findings.map((f) => f.id)).toEqual([
      'need-givers:personal_care',
      'need-only-paid:personal_care',
      'need-givers:medication',
      'need-only-paid:medication',
      'need-givers:meals',
      'need-one-giver:meals',
      'need-givers:companionship',
      'need-givers:practical',
      'need-givers:social',
      'unmet-need:life_admin',
      'over-capacity:n-maud',
      'dormant-ties:centre',
      'informal-share:centre',
      'centre-gives:centre',
      'team-candidate:n-a-tom',
      'team-candidate:n-a-joy',
      'team-candidate:n-a-edna',
      'team-candidate:n-mr-o',
      'team-candidate:n-nadia',
    ]);
  });

  it('finds her meals resting on Maud, who is over capacity', () => {
    expect(sentence('need-givers:meals')).toBe('Meals & food: Maud (informal, 7 hours a week, daily).');
    expect(sentence('need-one-giver:meals')).toBe(
      'Only one person helps Mrs A. with meals & food: Maud (over capacity: 11 hours a week against 10).',
    );
    expect(sentence('over-capacity:n-maud')).toBe(
      'Maud gives 11 hours a week of care against a capacity of 10; 7 of those hours go to Mrs A.',
    );
  });

  it('finds personal care and medication met only by paid services', () => {
    expect(sentence('need-givers:personal_care')).toBe(
      'Personal care (regulated): 2 givers, 16 hours a week — W. (formal, 10 hours a week, daily) and K. (formal, 6 hours a week, several times a week).',
    );
    expect(sentence('need-only-paid:personal_care')).toBe(
      'Only paid services help Mrs A. with personal care (regulated): W. and K.',
    );
    expect(sentence('need-only-paid:medication')).toBe(
      'Only paid services help Mrs A. with medication support (regulated): K. and Corner Pharmacy.',
    );
  });

  it('finds the letters nobody helps with, and that Tom offers', () => {
    expect(sentence('unmet-need:life_admin')).toBe(
      'Nobody helps Mrs A. with life admin (letters, appointments). Tom (grandson) offers it.',
    );
    expect(report.findings.find((f) => f.id === 'unmet-need:life_admin')?.nodes).toEqual(['n-a-tom']);
  });

  it('counts her hours, the informal share, her quiet ties and the care she gives', () => {
    expect(sentence('informal-share:centre')).toBe(
      'Of the 39.5 hours a week of care Mrs A. receives, 23.5 (59.5%) are informal and 16 formal, from 18 givers, 14 of them informal.',
    );
    expect(sentence('dormant-ties:centre')).toBe(
      "3 of Mrs A.'s 22 ties have gone quiet: Larkspur Library, Dial-a-Ride and Bride Street Market.",
    );
    expect(sentence('centre-gives:centre')).toBe(
      'Mrs A. gives care too: to Pearl, Wednesday Knit & Natter and Mr O., 4 hours a week.',
    );
    // W. carries the most hours, 10 of 39.5 (25.3%): not most of them.
    expect(report.findings.some((f) => f.type === 'most-hours')).toBe(false);
  });

  it('names Tom and Joy, marked, then the others who already help or offer what she needs', () => {
    expect(sentence('team-candidate:n-a-tom')).toBe(
      "Tom (grandson) could join Mrs A.'s team: marked as able to join; already helps with companionship & befriending and practical help (shopping, errands, housework, gardening); offers life admin (letters, appointments), which nobody gives Mrs A. yet.",
    );
    expect(sentence('team-candidate:n-a-joy')).toBe(
      "Joy (befriender) could join Mrs A.'s team: marked as able to join; already helps with companionship & befriending.",
    );
    expect(sentence('team-candidate:n-nadia')).toBe(
      "Nadia could join Mrs A.'s team: offers social connection & engagement.",
    );
  });
});

describe("Mrs A.'s rings and sectors", () => {
  const layout = layoutSupportNetwork(doc, 'n-ash-owner');
  const where = (id: string) => {
    const p = layout?.placed.find((x) => x.id === id);
    return [p?.ring, p?.sector];
  };

  it('puts Maud on the inner ring, not on the ring of the market', () => {
    expect(where('n-maud')).toEqual(['inner', 'friends']);
    expect(where('n-a-market')).toEqual(['outer', 'community']);
  });

  it('sorts family, services and the people she reaches through others', () => {
    expect(where('n-lucy')).toEqual(['outer', 'family']);
    expect(where('n-worker-w')).toEqual(['middle', 'services']);
    expect(where('n-corner-pharmacy')).toEqual(['middle', 'services']);
    expect(where('n-a-hairdresser')).toEqual(['outer', 'services']);
    expect(where('n-team-ash')).toEqual(['none', 'community']);
    expect(where('n-hana')).toEqual(['beyond', 'services']);
    expect(where('n-st-brides-hall')).toEqual(['beyond', 'community']);
    expect(layout?.placed).toHaveLength(25);
  });
});
