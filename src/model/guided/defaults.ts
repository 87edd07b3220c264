// The default prompts of guided mapping: this app's own wording, after the Supportive
// Conversation's mapping prompts (domain §8.7) and the three questions of an Atlas CareMap. They
// are a local default, not the playbook's text, and each says so (`origin: 'local-default'`).
// A map gets its own copy to edit (see prompts.ts).
import { type GuidedPrompt, GuidedPromptSchema, type GuidedPromptInput } from './schema';

const DEFAULTS: readonly GuidedPromptInput[] = [
  {
    id: 'live-with',
    text: 'Who do you live with?',
    names: 'people',
    tie: 'mutual',
    followUps: ['relationship', 'closeness'],
  },
  {
    id: 'see-most',
    text: 'Who do you see most?',
    names: 'people',
    tie: 'mutual',
    followUps: ['relationship', 'closeness', 'frequency'],
  },
  {
    id: 'helps-with',
    text: 'Who helps you with {care}?',
    names: 'anyone',
    tie: 'to-centre',
    // Meals, shopping, personal care, getting out, company, paperwork, health; then any other
    // care the person needs.
    careTypes: ['meals', 'practical', 'personal_care', 'transport', 'companionship', 'life_admin', 'health'],
    includeNeeds: true,
    followUps: ['relationship', 'closeness', 'frequency', 'payment', 'hours'],
  },
  {
    id: 'you-help',
    text: 'Who do you help?',
    names: 'anyone',
    tie: 'from-centre',
    followUps: ['relationship', 'closeness', 'frequency', 'hours'],
  },
  {
    id: 'places',
    text: 'Which places matter to you?',
    names: 'places',
    tie: 'to-centre',
    followUps: ['closeness', 'frequency'],
  },
  {
    id: 'groups',
    text: 'Which groups, faith or community do you belong to?',
    names: 'groups',
    tie: 'mutual',
    followUps: ['closeness', 'frequency'],
  },
  {
    id: 'services',
    text: 'Which services and professionals are in touch with you?',
    names: 'services',
    tie: 'to-centre',
    role: 'professional',
    followUps: ['closeness', 'frequency', 'payment'],
  },
  {
    id: 'team',
    text: 'Who could join your team?',
    names: 'people',
    tie: 'mutual',
    marksCandidate: true,
    followUps: ['relationship', 'closeness'],
  },
  {
    id: 'know-each-other',
    kind: 'knows',
    text: 'Do {a} and {b} know each other?',
    rosterText: 'Which of these people does {a} know?',
    pairs: 10,
    people: 12,
  },
];

/** The default prompts, in order, each marked as a local default. */
export const DEFAULT_GUIDED_PROMPTS: readonly GuidedPrompt[] = DEFAULTS.map((p) =>
  GuidedPromptSchema.parse({ ...p, origin: 'local-default' }),
);
