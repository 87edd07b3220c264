// Catalogue entries as choices for selects and check lists, and a few shared constants.
import type { CatalogueEntry, CareTypeDef } from '../../model';
import type { SelectOption } from '../../ui/SelectField';

/** Catalogue entries as select options (id as value, label as text). */
export function toOptions(catalogue: readonly CatalogueEntry[]): SelectOption[] {
  return catalogue.map((e) => ({ value: e.id, label: e.label }));
}

/** The map's care types as options. */
export function careTypeOptions(careTypes: readonly CareTypeDef[]): SelectOption[] {
  return careTypes.map((c) => ({ value: c.id, label: c.label }));
}

export const YES_NO: readonly SelectOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export const NO_CARE_TYPES: readonly CareTypeDef[] = [];
