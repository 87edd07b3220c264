// Our own plain-language item bank, used until a circle loads the official items (which the
// domain brief does not reproduce, §5.4). Every statement here was written for this app, is
// marked `placeholder: true` ("local default") so reports can leave it out, and can be edited
// by a circle in its own instrument. Negatively worded statements are reverse-scored.
import { type StakeholderGroup, SURVEY_DOMAIN_IDS, type SurveyDomainId } from './instrument';
import type { SurveyItem } from './schema';

/** Version tag of this bank, stored on each item. */
export const LOCAL_ITEM_BANK_VERSION = 'local-default-1';

const WORKERS_AND_HELPERS: StakeholderGroup[] = ['care_worker', 'member', 'volunteer'];
const RECEIVERS_AND_FAMILY: StakeholderGroup[] = ['care_receiver', 'family'];

/** A statement as written: its text, or its text with how it is scored and whom it is asked of. */
type Statement =
  string | { readonly text: string; readonly reverse?: boolean; readonly only?: StakeholderGroup[] };

/**
 * The statements of each factor, by domain, in the order they are asked. A statement's id is
 * `ld.<factor>.<n>`, n counting from 1 within its factor, so the order here is part of the ids.
 */
const STATEMENTS: Record<SurveyDomainId, Record<string, readonly Statement[]>> = {
  growth: {
    individual_development: [
      'Being part of this team or circle helps me grow as a person.',
      'There is room here for me to become who I want to be.',
    ],
    individual_change_agency: [
      'I have a real say in decisions about my care or my work.',
      'When I want something to change here, I know how to make it happen.',
      { text: 'Decisions that affect me are made without asking me.', reverse: true },
    ],
    independence_autonomy: [
      { text: 'I can run my day the way I choose.', only: RECEIVERS_AND_FAMILY },
      { text: 'I am trusted to get on with things without being checked up on.', only: WORKERS_AND_HELPERS },
      { text: 'I have to ask permission for small things.', reverse: true },
    ],
    inclusion_participation: [
      'My voice is heard when the team or circle meets.',
      'People like me are welcome to take part here.',
    ],
    learning_skills: [
      'I have chances to learn new things here.',
      'Learning is open to everyone here, whatever their role.',
      { text: 'Only a few people get the chance to learn and train.', reverse: true },
    ],
  },
  wrb: {
    wellbeing_levels: [
      'Being part of this team or circle lifts my mood.',
      'I have enough energy for the things that matter to me.',
      { text: 'The demands on me leave me worn out.', reverse: true },
    ],
    caregiving_relationships: [
      'People who give and receive care here treat each other as equals.',
      'I feel understood by the people I give or receive support with.',
      { text: 'I feel talked down to in my care relationships.', reverse: true },
    ],
    group_unity: ['I feel I belong in this team or circle.', 'We pull together when things get hard.'],
    community_connection: [
      'This team or circle helps me connect with people and groups nearby.',
      'I know where to turn in the neighbourhood if I need help.',
      { text: 'I feel cut off from the wider community.', reverse: true },
    ],
  },
  smc: {
    decision_planning: [
      'Everyone affected has a say when we plan and decide.',
      'Decisions here are made by consent, not handed down.',
    ],
    task_management: [
      'It is clear who wears which hat and who does what.',
      'Work is shared out fairly.',
      { text: 'Important tasks fall through the cracks.', reverse: true },
    ],
    accountability: [
      'People here do what they said they would do.',
      'When something goes wrong, we talk about it openly and put it right.',
    ],
    change_innovation: [
      'New ideas are welcomed and tried out here.',
      'We look back at how things are working and change what does not work.',
      { text: 'It is hard to change the way things are done here.', reverse: true },
    ],
  },
};

function item(domain: SurveyDomainId, factor: string, n: number, statement: Statement): SurveyItem {
  const {
    text,
    reverse = false,
    only = [],
  } = typeof statement === 'string' ? { text: statement } : statement;
  return {
    id: `ld.${factor}.${n}`,
    domain,
    factor,
    text,
    reverse,
    stakeholders: only,
    placeholder: true,
    source: 'Carewealth local default',
    version: LOCAL_ITEM_BANK_VERSION,
  };
}

/** Two or three statements per factor; every factor has at least one statement for every group. */
export const DEFAULT_ITEM_BANK: readonly SurveyItem[] = SURVEY_DOMAIN_IDS.flatMap((domain) =>
  Object.entries(STATEMENTS[domain]).flatMap(([factor, statements]) =>
    statements.map((statement, i) => item(domain, factor, i + 1, statement)),
  ),
);

/** Whether an item is asked of a stakeholder group (an empty list means every group). */
export function appliesTo(item: SurveyItem, group: StakeholderGroup): boolean {
  return item.stakeholders.length === 0 || item.stakeholders.includes(group);
}
