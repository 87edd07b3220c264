// Which kinds of care speak of a person's health (domain §8.3 "Physical and mental wellbeing",
// §9: health is special-category data, never drawn on a shared canvas). A support network's
// printout leaves the centre's needs of these kinds out unless the person chooses to include them.

/** Care type ids (of DEFAULT_CARE_TYPES) that reveal health: health care, medication, personal care, mental health. */
export const HEALTH_CARE_TYPES: ReadonlySet<string> = new Set(['health', 'medication', 'personal_care', 'emotional']);

/** Whether a care type is one of HEALTH_CARE_TYPES. */
export function isHealthCare(careType: string): boolean {
  return HEALTH_CARE_TYPES.has(careType);
}
