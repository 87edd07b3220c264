// Our own plain-language item bank, used until a circle loads the official items (which the
// domain brief does not reproduce, §5.4). Every statement here was written for this app, is
// marked `placeholder: true` ("local default") so reports can leave it out, and can be edited
// by a circle in its own instrument. Negatively worded statements are reverse-scored.
import type { StakeholderGroup, SurveyDomainId } from './instrument';
import type { SurveyItem } from './schema';

/** Version tag of this bank, stored on each item. */
export const LOCAL_ITEM_BANK_VERSION = 'local-default-1';

const WORKERS_AND_HELPERS: StakeholderGroup[] = ['care_worker', 'member', 'volunteer'];
const RECEIVERS_AND_FAMILY: StakeholderGroup[] = ['care_receiver', 'family'];

function item(domain: SurveyDomainId, factor: string, n: number, text: string, opts: { reverse?: boolean; only?: StakeholderGroup[] } = {}): SurveyItem {
  return {
    id: `ld.${factor}.${n}`,
    domain,
    factor,
    text,
    reverse: opts.reverse ?? false,
    stakeholders: opts.only ?? [],
    placeholder: true,
    source: 'Carewealth local default',
    version: LOCAL_ITEM_BANK_VERSION,
  };
}

/** Two or three statements per factor; every factor has at least one statement for every group. */
export const DEFAULT_ITEM_BANK: readonly SurveyItem[] = [
  // Growth
  item('growth', 'individual_development', 1, 'Being part of this team or circle helps me grow as a person.'),
  item('growth', 'individual_development', 2, 'There is room here for me to become who I want to be.'),
  item('growth', 'individual_change_agency', 1, 'I have a real say in decisions about my care or my work.'),
  item('growth', 'individual_change_agency', 2, 'When I want something to change here, I know how to make it happen.'),
  item('growth', 'individual_change_agency', 3, 'Decisions that affect me are made without asking me.', { reverse: true }),
  item('growth', 'independence_autonomy', 1, 'I can run my day the way I choose.', { only: RECEIVERS_AND_FAMILY }),
  item('growth', 'independence_autonomy', 2, 'I am trusted to get on with things without being checked up on.', { only: WORKERS_AND_HELPERS }),
  item('growth', 'independence_autonomy', 3, 'I have to ask permission for small things.', { reverse: true }),
  item('growth', 'inclusion_participation', 1, 'My voice is heard when the team or circle meets.'),
  item('growth', 'inclusion_participation', 2, 'People like me are welcome to take part here.'),
  item('growth', 'learning_skills', 1, 'I have chances to learn new things here.'),
  item('growth', 'learning_skills', 2, 'Learning is open to everyone here, whatever their role.'),
  item('growth', 'learning_skills', 3, 'Only a few people get the chance to learn and train.', { reverse: true }),
  // Well-being, Relationships & Belonging
  item('wrb', 'wellbeing_levels', 1, 'Being part of this team or circle lifts my mood.'),
  item('wrb', 'wellbeing_levels', 2, 'I have enough energy for the things that matter to me.'),
  item('wrb', 'wellbeing_levels', 3, 'The demands on me leave me worn out.', { reverse: true }),
  item('wrb', 'caregiving_relationships', 1, 'People who give and receive care here treat each other as equals.'),
  item('wrb', 'caregiving_relationships', 2, 'I feel understood by the people I give or receive support with.'),
  item('wrb', 'caregiving_relationships', 3, 'I feel talked down to in my care relationships.', { reverse: true }),
  item('wrb', 'group_unity', 1, 'I feel I belong in this team or circle.'),
  item('wrb', 'group_unity', 2, 'We pull together when things get hard.'),
  item('wrb', 'community_connection', 1, 'This team or circle helps me connect with people and groups nearby.'),
  item('wrb', 'community_connection', 2, 'I know where to turn in the neighbourhood if I need help.'),
  item('wrb', 'community_connection', 3, 'I feel cut off from the wider community.', { reverse: true }),
  // Systems Maintenance & Co-production
  item('smc', 'decision_planning', 1, 'Everyone affected has a say when we plan and decide.'),
  item('smc', 'decision_planning', 2, 'Decisions here are made by consent, not handed down.'),
  item('smc', 'task_management', 1, 'It is clear who wears which hat and who does what.'),
  item('smc', 'task_management', 2, 'Work is shared out fairly.'),
  item('smc', 'task_management', 3, 'Important tasks fall through the cracks.', { reverse: true }),
  item('smc', 'accountability', 1, 'People here do what they said they would do.'),
  item('smc', 'accountability', 2, 'When something goes wrong, we talk about it openly and put it right.'),
  item('smc', 'change_innovation', 1, 'New ideas are welcomed and tried out here.'),
  item('smc', 'change_innovation', 2, 'We look back at how things are working and change what does not work.'),
  item('smc', 'change_innovation', 3, 'It is hard to change the way things are done here.', { reverse: true }),
];

/** Whether an item is asked of a stakeholder group (an empty list means every group). */
export function appliesTo(item: SurveyItem, group: StakeholderGroup): boolean {
  return item.stakeholders.length === 0 || item.stakeholders.includes(group);
}
