// Builders for survey tests: items and anonymous responses, parsed by their schemas so defaults
// are filled in exactly as in a document.
import {
  FACTOR_DOMAIN,
  type StakeholderGroup,
  type SurveyItem,
  SurveyItemSchema,
  type SurveyResponse,
  SurveyResponseSchema,
} from '../../../src/model';

export function item(id: string, factor: string, extra: Partial<SurveyItem> = {}): SurveyItem {
  return SurveyItemSchema.parse({ id, domain: FACTOR_DOMAIN.get(factor), factor, text: `Statement ${id}`, ...extra });
}

export function response(
  id: string,
  answers: Record<string, number | null>,
  extra: { stakeholder?: StakeholderGroup; team?: string; group?: string; round?: string; date?: string } = {},
): SurveyResponse {
  return SurveyResponseSchema.parse({
    id,
    type: 'surveyResponse',
    round: extra.round ?? 'r1',
    stakeholder: extra.stakeholder ?? 'care_worker',
    date: extra.date ?? '2025-03-01',
    answers,
    ...(extra.team !== undefined ? { team: extra.team } : {}),
    ...(extra.group !== undefined ? { group: extra.group } : {}),
  });
}
