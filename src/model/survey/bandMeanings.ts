// What each band suggests in practice for each domain (domain brief §5.6), in our own words.
// `source` says where the text stands: 'playbook' is a paraphrase of the playbook's
// interpretation pages; 'inferred' is our reading where the brief marks the band [D] or [Gap]
// (Growth low, WRB medium and high, SMC high). The UI should show that mark.
import type { SurveyDomainId } from './instrument';
import type { Band } from './settings';

export interface BandMeaning {
  /** One sentence a circle can read next to the score. */
  readonly summary: string;
  /** What it tends to look like for workers, receivers, families and the circle. */
  readonly inPractice: string;
  readonly source: 'playbook' | 'inferred';
}

export const BAND_MEANINGS: Readonly<Record<SurveyDomainId, Readonly<Record<Band, BandMeaning>>>> = {
  growth: {
    low: {
      summary: 'Little or very unequal access to learning; decisions about people’s lives are made for them and autonomy is scarce.',
      inPractice: 'Voices at the margins go unheard and power imbalances block development for workers, receivers and families alike.',
      source: 'inferred',
    },
    medium: {
      summary: 'Some support for growth, autonomy and inclusion, but access is uneven and barriers are only partly removed.',
      inPractice: 'Training for workers, learning for receivers and access for families and volunteers are hit-or-miss; the circle offers development, but not consistently.',
      source: 'playbook',
    },
    high: {
      summary: 'Everyone is well supported to grow, decide about their own future and take part; shared power and transparency are lived.',
      inPractice: 'Workers feel valued and trained, receivers feel their development matters, families see growth supported, and the circle offers fair access to learning.',
      source: 'playbook',
    },
  },
  wrb: {
    low: {
      summary: 'Serious strain on well-being: stress, weak connections and people feeling unsupported, with a high risk of burnout.',
      inPractice: 'Care relationships are strained and unequal, groups lack cohesion, and people feel isolated from the wider community; workers report stress clouding decisions, receivers feel down and disempowered.',
      source: 'playbook',
    },
    medium: {
      summary: 'Well-being, caring relationships, team cohesion and community belonging are present in part, not for everyone or not all the time.',
      inPractice: 'Some people feel supported and connected while others carry strain; watch for burnout among the most-stretched members.',
      source: 'inferred',
    },
    high: {
      summary: 'Supportive, empathetic and equal relationships, cohesive and inclusive teams, and strong belonging in the community.',
      inPractice: 'Power imbalances are actively reduced and people draw energy from the team and the neighbourhood rather than being drained by them.',
      source: 'inferred',
    },
  },
  smc: {
    low: {
      summary: 'Traditional power gaps dominate decisions; people who use and give support are pushed to the margins.',
      inPractice: 'Workers feel their insight is ignored, receivers feel decisions are made "for me, not with me", families feel shut out; in the circle decisions are top-down and few take part.',
      source: 'playbook',
    },
    medium: {
      summary: 'Co-production partly works: shared structures and consent exist, but are not fully tuned and leftover power imbalances remain.',
      inPractice: 'Workers, receivers and families take part now and then rather than consistently; most circle members take part but some voices dominate.',
      source: 'playbook',
    },
    high: {
      summary: 'Consistent, transparent, consent-based participation by every stakeholder group.',
      inPractice: 'Clear ownership of tasks through hats, people answer for what they took on, and the circle is open to change.',
      source: 'inferred',
    },
  },
};
