// The built-in hats of the domain brief (§4.7.1–4.7.3), as data. Which hats count as essential is
// our reading of the brief [D]: for teams, the hats the team-starting steps call essential at the
// start plus the Team Owner (a team exists around them); Safeguarding Lead is "if needed", so it is
// not essential. For circles, the four process hats. Teams and circles add their own hats as
// `hatDefinition` records; the playbook says its list "isn't exhaustive".
import type { HatDefinition, HatScope } from './schema';

function hat(id: string, scope: HatScope, name: string, responsibilities: string, essential = false): HatDefinition {
  return { id, type: 'hatDefinition', scope, name, responsibilities, essential, custom: false };
}

/** Built-in hats. Ids are stable (stored in hat assignments); names are what people read. */
export const HAT_CATALOGUE: readonly HatDefinition[] = [
  // team hats
  hat('team.owner', 'team', 'Team Owner / Leader', 'The person receiving support: chooses or consents to members, decides who sees what, gives feedback, holds the direction.', true),
  hat('team.member', 'team', 'Team Member', 'Pays attention, contributes, raises concerns, helps keep information accurate; if paid, writes notes and keeps rotas current.'),
  hat('team.profile_holder', 'team', 'Profile Holder', 'Keeps the Getting Support Profile and Trust Assessment current, flags changes, liaises with outside professionals.', true),
  hat('team.rota_holder', 'team', 'Rota Wrangler / Rota Holder', 'Keeps the rota up to date and the shifts filled.', true),
  hat('team.mar_holder', 'team', 'MAR Holder', 'Keeps medication records and the MAR chart.', true),
  hat('team.chat_admin', 'team', 'Team Chat Admin', "Looks after the team's online space and pinned information; invites members.", true),
  hat('team.checkin_facilitator', 'team', 'Check-in Facilitator', 'Runs regular team check-ins for reflection and feedback.', true),
  hat('team.safeguarding_lead', 'team', 'Safeguarding Lead', 'Go-to person for concerns and safeguarding questions (if the team needs one).'),
  hat('team.membership', 'team', 'Team Membership', 'Coordinates finding and welcoming new team members.'),
  // circle hats: process (§4.7.2)
  hat('circle.facilitator', 'circle', 'Circle Facilitator', 'Runs meetings and rounds, manages the agenda, helps the circle reach consent.', true),
  hat('circle.secretary', 'circle', 'Circle Secretary', 'Keeps records, minutes and action items, and makes them accessible.', true),
  hat('circle.leader', 'circle', 'Circle Leader', 'Gives direction and coordination, links the circle to the rest of the organisation, helps set priorities.', true),
  hat('circle.delegate', 'circle', 'Circle Delegate', 'Represents the circle in the next circle up and carries information both ways.', true),
  // circle hats: operational (§4.7.3)
  hat('circle.coach', 'circle', 'Coach', 'Helps people and teams self-manage safely; holds concerns a team cannot settle.'),
  hat('circle.team_starter', 'circle', 'Team Starter', 'Welcomes people seeking support, completes profiles and Trust Assessments, matches, then steps back.'),
  hat('circle.recruiter', 'circle', 'Recruiter', 'Brings new care and support workers from first contact to onboarding.'),
  hat('circle.commons_organiser', 'circle', 'Care Commons Organiser', 'Maps and mobilises local care wealth, records gifted hours, hosts Care Commons Huddles, brokers partnerships.'),
  hat('circle.peer_supervisor', 'circle', 'Peer Supervisor', 'Welcomes, checks in regularly, supports reflection; chosen by the supervisee.'),
];

/** The catalogue ids of the two circle hats one person may not wear together (§4.7.2). */
export const LEADER_HAT_ID = 'circle.leader';
export const DELEGATE_HAT_ID = 'circle.delegate';

const BY_ID = new Map(HAT_CATALOGUE.map((h) => [h.id, h]));

/** A built-in hat by id, or undefined. */
export function catalogueHat(id: string): HatDefinition | undefined {
  return BY_ID.get(id);
}
