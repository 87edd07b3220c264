// Mrs A.'s personal care map (domain §1.3, §10.2 Team Ash): the people and places who support
// her and those she supports, drawn the Atlas-of-Care way with closeness rings (inner / middle /
// outer), how often, and hours a week. People and places she shares with the neighbourhood map
// keep their ids and details there (copied from it), so the two maps can be read side by side.
// Redrawn a year on, it holds what "where support is thin" needs: her meals rest on Maud, who
// gives more hours than she can; she now needs help with her letters, which nobody gives yet
// (Tom offers); Tom and Joy are marked as able to join her team (the supportNetwork record).
import type { CareNode, CareRecord, SupportNetworkRecord } from '../../src/model';
import { MapBuilder } from './builder';
import { locationAt } from './geo';

/** Nodes copied from the neighbourhood map, ids unchanged. */
const SHARED = [
  'n-ash-owner', 'n-team-ash', 'n-lucy', 'n-maud', 'n-worker-w', 'n-worker-k', 'n-mr-o', 'n-gp-surgery', 'n-corner-pharmacy',
  'n-knit-natter', 'n-nadia', 'n-library', 'n-st-brides-congregation', 'n-st-brides-hall', 'n-neighbours-together', 'n-kettle-cafe',
  'n-circle', 'n-hana',
];

/** Build Mrs A.'s map from the neighbourhood's nodes. */
export function buildMrsA(neighbourhood: readonly CareNode[]): MapBuilder {
  const b = new MapBuilder();
  for (const id of SHARED) {
    const n = neighbourhood.find((x) => x.id === id);
    if (n === undefined) throw new Error(`sample: neighbourhood has no ${id}`);
    const { id: _id, kind, label, ...rest } = structuredClone(n);
    b.node(id, kind, label, rest);
  }
  // A year on she also needs help with letters and forms (life admin).
  const owner = b.get('n-ash-owner');
  owner.careNeeded = [...owner.careNeeded, 'life_admin'];
  const at = (x: number, y: number, privacy: 'exact' | 'approximate') => locationAt([x, y], privacy);
  b.node('n-a-tom', 'person', 'Tom (grandson)', { roles: ['family'], careOffered: ['life_admin', 'practical'], consent: { status: 'given', at: '2024-06-10', method: 'verbal' }, description: 'Lives in Lewisham; visits on Sundays once a month. Good with forms: offered to help with her letters.' });
  b.node('n-a-edna', 'person', 'Edna', { roles: ['friend'], capacity: { hoursPerWeek: 4 }, location: at(-120, -262, 'approximate'), consent: { status: 'given', at: '2024-06-10', method: 'verbal' }, description: 'Friend from church for fifty years.' });
  b.node('n-a-pearl', 'person', 'Pearl', { roles: ['friend'], consent: { status: 'given', at: '2024-06-10', method: 'verbal' }, description: 'Old friend, moved to Margate; they phone each other.' });
  b.node('n-a-joy', 'person', 'Joy (befriender)', { roles: ['volunteer'], capacity: { hoursPerWeek: 3, note: 'One visit a week; happy to add a second.' }, location: at(-250, 60, 'approximate'), consent: { status: 'given', at: '2024-07-20', method: 'verbal' }, description: 'Volunteer with Larkspur Neighbours Together.' });
  b.node('n-a-hairdresser', 'organisation', 'Hair by Carol (home visits)', { category: 'business', formality: 'informal', careOffered: ['practical'], location: at(-330, -232, 'exact') });
  b.node('n-a-dial-a-ride', 'organisation', 'Dial-a-Ride', { category: 'charity', formality: 'informal', careOffered: ['transport'], description: 'Door-to-door minibus; hard to book.' });
  b.node('n-a-market', 'space', 'Bride Street Market', { category: 'public_space', formality: 'informal', careOffered: ['social'], location: at(-300, -238, 'exact') });
  b.node('n-a-bench', 'space', 'Her bench on the green', { category: 'public_space', formality: 'informal', careOffered: ['recreation'], location: at(250, 200, 'exact'), description: 'Where she sits on summer afternoons.' });

  // Team Ash, as in the neighbourhood map.
  b.member('n-ash-owner', 'n-team-ash', { role: 'Team Owner', since: '2024-06-03' });
  b.member('n-lucy', 'n-team-ash', { role: 'Family', since: '2024-06-10', strength: 'engaged' });
  b.member('n-maud', 'n-team-ash', { role: 'Neighbour', since: '2024-06-03' });
  b.member('n-worker-w', 'n-team-ash', { role: 'Care and support worker (employed)', since: '2024-06-20' });
  b.member('n-worker-k', 'n-team-ash', { role: 'Care and support worker (independent)', since: '2024-07-01' });
  b.doubleLink('n-team-ash', 'n-circle', '2024-06-03');
  b.care('n-hana', 'n-team-ash', { careTypes: ['information', 'emotional'], strength: 'engaged', frequency: 'monthly', since: '2024-06-03' });

  // Inner ring: daily and closest.
  b.care('n-maud', 'n-ash-owner', { careTypes: ['meals', 'companionship', 'practical'], strength: 'generative', frequency: 'daily', hours: 7, closeness: 'inner', inSupportPlan: true, since: '2024-06-03', notes: 'Daily check-in and an evening meal.' });
  b.care('n-a-edna', 'n-ash-owner', { careTypes: ['companionship', 'cultural_faith'], strength: 'generative', frequency: 'weekly', hours: 3, closeness: 'inner', since: '2010-01-01', notes: 'Walks her to church on Sundays.' });
  b.care('n-a-pearl', 'n-ash-owner', { careTypes: ['emotional'], strength: 'generative', mutual: true, frequency: 'weekly', hours: 1, closeness: 'inner', since: '1975-01-01', notes: 'Long phone call every Thursday.' });
  // Middle ring: regular support.
  b.care('n-worker-w', 'n-ash-owner', { careTypes: ['personal_care', 'paid_domiciliary'], strength: 'generative', frequency: 'daily', hours: 10, closeness: 'middle', inSupportPlan: true, since: '2024-06-20' });
  b.care('n-worker-k', 'n-ash-owner', { careTypes: ['personal_care', 'medication'], strength: 'engaged', frequency: 'several_weekly', hours: 6, closeness: 'middle', inSupportPlan: true, since: '2024-07-01' });
  b.care('n-a-joy', 'n-ash-owner', { careTypes: ['companionship'], strength: 'generative', frequency: 'weekly', hours: 2, closeness: 'middle', since: '2024-07-20' });
  b.care('n-neighbours-together', 'n-a-joy', { careTypes: ['information'], strength: 'engaged', frequency: 'monthly', since: '2024-07-20', notes: 'Matched Joy with Mrs A.' });
  b.care('n-knit-natter', 'n-ash-owner', { careTypes: ['social', 'recreation'], strength: 'generative', frequency: 'weekly', hours: 2, closeness: 'middle', since: '2019-09-04' });
  b.care('n-st-brides-congregation', 'n-ash-owner', { careTypes: ['cultural_faith', 'companionship'], strength: 'generative', frequency: 'weekly', hours: 2, closeness: 'middle', since: '1970-01-01' });
  b.care('n-corner-pharmacy', 'n-ash-owner', { careTypes: ['medication'], strength: 'generative', formality: 'formal', payment: 'paid', frequency: 'weekly', closeness: 'middle', since: '2022-01-01', notes: 'Blister packs delivered on Mondays.' });
  b.care('n-nadia', 'n-ash-owner', { careTypes: ['transport'], strength: 'engaged', frequency: 'weekly', hours: 0.5, closeness: 'middle', since: '2024-09-01', notes: 'Walks with her to Knit & Natter.' });
  // Outer ring: far away, rare, or dormant.
  b.care('n-lucy', 'n-ash-owner', { careTypes: ['emotional'], strength: 'generative', frequency: 'weekly', hours: 1, closeness: 'outer', since: '2024-06-10', notes: 'Weekly video call from Lisbon.' });
  b.care('n-a-tom', 'n-ash-owner', { careTypes: ['companionship', 'practical'], strength: 'engaged', frequency: 'monthly', hours: 3, closeness: 'outer', since: '2024-06-10' });
  b.care('n-gp-surgery', 'n-ash-owner', { careTypes: ['health'], strength: 'engaged', frequency: 'monthly', closeness: 'outer', since: '2015-01-01' });
  b.care('n-library', 'n-ash-owner', { careTypes: ['education', 'information'], strength: 'inactive', frequency: 'occasional', closeness: 'outer', since: '2016-01-01', notes: 'Large-print loans stopped when she could no longer walk that far.' });
  b.care('n-a-hairdresser', 'n-ash-owner', { careTypes: ['practical'], strength: 'engaged', payment: 'paid', frequency: 'monthly', hours: 1, closeness: 'outer', since: '2020-01-01' });
  b.care('n-a-dial-a-ride', 'n-ash-owner', { careTypes: ['transport'], strength: 'inactive', frequency: 'occasional', closeness: 'outer', since: '2023-01-01' });
  b.care('n-kettle-cafe', 'n-ash-owner', { careTypes: ['social'], strength: 'engaged', frequency: 'occasional', closeness: 'outer', since: '2024-05-01', notes: 'Maud takes her for coffee.' });
  b.care('n-a-market', 'n-ash-owner', { careTypes: ['social'], strength: 'inactive', frequency: 'occasional', closeness: 'outer', since: '2000-01-01' });
  b.care('n-a-bench', 'n-ash-owner', { careTypes: ['recreation'], strength: 'engaged', frequency: 'occasional', closeness: 'outer', since: '2000-01-01' });
  // Whom she supports.
  b.care('n-ash-owner', 'n-knit-natter', { careTypes: ['gift_skills'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2023-09-01', notes: "Runs the beginners' table." });
  b.care('n-ash-owner', 'n-mr-o', { careTypes: ['companionship'], strength: 'engaged', mutual: true, frequency: 'several_weekly', hours: 1, closeness: 'middle', since: '2021-01-01', notes: 'Neighbours who look out for each other.' });
  b.care('n-maud', 'n-mr-o', { careTypes: ['practical', 'companionship'], strength: 'engaged', frequency: 'several_weekly', hours: 4, since: '2024-01-15' });
  b.hosted('n-st-brides-congregation', 'n-st-brides-hall', '2015-01-01');
  b.hosted('n-knit-natter', 'n-library', '2019-09-04');
  b.care('n-nadia', 'n-knit-natter', { careTypes: ['gift_time', 'gift_skills'], strength: 'generative', frequency: 'weekly', hours: 3, since: '2019-09-04' });
  return b;
}

/** What the team starter noted about Mrs A.'s network: Tom and Joy could join her team. */
export function mrsARecords(): CareRecord[] {
  const network: SupportNetworkRecord = { id: 'sn-mrs-a', type: 'supportNetwork', centre: 'n-ash-owner' as SupportNetworkRecord['centre'], teamCandidates: ['n-a-tom', 'n-a-joy'] as SupportNetworkRecord['teamCandidates'], places: [] };
  return [network];
}
