// The sections of the evaluation report (evaluation.ts), each of which may carry a narrative note.
// Apart from the report itself so a form can list them without loading pdf-lib.
export const EVALUATION_SECTIONS = [
  { id: 'changes', label: 'What changed' },
  { id: 'pictures', label: 'The map before and after' },
  { id: 'indicators', label: 'Indicators' },
  { id: 'partners', label: 'Partners: load and capacity' },
  { id: 'surveys', label: 'Social Climate Survey rounds' },
] as const;
export type EvaluationSection = (typeof EVALUATION_SECTIONS)[number]['id'];
