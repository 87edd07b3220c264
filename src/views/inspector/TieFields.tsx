// The editable fields of one or several ties: kind, care-flow fields (formality, payment, care
// types, strength, frequency, hours a week, closeness, support plan), dates, label and notes, and
// the fields of membership, partnership and commons-membership ties. Fields only a kind may carry
// are shown when every selected tie is of that kind.
import { memo } from 'react';

import {
  CLOSENESS,
  COMMONS_STATUSES,
  FREQUENCIES,
  PARTICIPATIONS,
  PARTNERSHIP_STATUSES,
  PAYMENTS,
  STRENGTHS,
  type Tie,
  TIE_FORMALITIES,
  TIE_KINDS,
  type TieId,
  type TieKind,
  TieSchema,
} from '../../model';
import { useAppStore } from '../../store';
import { CheckboxField } from '../../ui/CheckboxField';
import { CheckList } from '../../ui/CheckList';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import {
  applyChecked,
  checkNumber,
  checkText,
  MIXED,
  numberText,
  parseYesNo,
  sharedValue,
  shownValue,
  tieKindPatch,
  yesNoText,
} from './edits';
import { careTypeOptions, NO_CARE_TYPES, toOptions, YES_NO } from './options';
import { useCommitTies } from './useCommit';

const S = TieSchema.shape;

type TextKey = 'label' | 'notes' | 'role' | 'since' | 'until';
type ChoiceKey =
  | 'formality'
  | 'payment'
  | 'strength'
  | 'frequency'
  | 'closeness'
  | 'participation'
  | 'partnershipStatus'
  | 'commonsStatus';
type YesNoKey = 'inSupportPlan' | 'ownerConsented' | 'memberConsented';

export interface TieFieldsProps {
  readonly ties: readonly Tie[];
  readonly ids: readonly TieId[];
}

export const TieFields = memo(function TieFields({ ties, ids }: TieFieldsProps) {
  const commit = useCommitTies(ids);
  const careTypes = useAppStore((s) => s.document?.careTypes ?? NO_CARE_TYPES);
  const kind = sharedValue(ties, (t) => t.kind);

  const text = (key: TextKey, label: string, opts: { multiline?: boolean; date?: boolean } = {}) => {
    const shared = sharedValue(ties, (t) => t[key] ?? '');
    return (
      <TextField
        label={label}
        {...shownValue(shared)}
        multiline={opts.multiline}
        placeholder={opts.date ? 'YYYY-MM-DD' : undefined}
        testId={`inspector-tie-${key}`}
        onCommit={(t) =>
          applyChecked(checkText(S[key], opts.date ? t.trim() : t), (value) =>
            commit(label.toLowerCase(), () => ({ [key]: value })),
          )
        }
      />
    );
  };
  const choice = (key: ChoiceKey, label: string, options: readonly SelectOption[], emptyLabel?: string) => {
    const shared = sharedValue(ties, (t) => t[key] ?? '');
    return (
      <SelectField
        label={label}
        {...shownValue(shared)}
        options={options}
        emptyLabel={emptyLabel}
        testId={`inspector-tie-${key}`}
        onCommit={(v) => commit(label.toLowerCase(), () => ({ [key]: v === '' ? undefined : v }))}
      />
    );
  };
  const yesNo = (key: YesNoKey, label: string) => {
    const shared = sharedValue(ties, (t) => yesNoText(t[key]));
    return (
      <SelectField
        label={label}
        {...shownValue(shared)}
        options={YES_NO}
        emptyLabel="Not recorded"
        testId={`inspector-tie-${key}`}
        onCommit={(v) => commit(label.toLowerCase(), () => ({ [key]: parseYesNo(v) }))}
      />
    );
  };
  const hours = sharedValue(ties, (t) => numberText(t.hoursPerWeek));
  const mutual = sharedValue(ties, (t) => t.mutual);

  return (
    <div className="field-group">
      <SelectField
        label="Kind"
        {...shownValue(kind)}
        options={toOptions(TIE_KINDS)}
        testId="inspector-tie-kind"
        onCommit={(v) => commit('kind', (t) => tieKindPatch(t, v as TieKind))}
      />
      <CheckboxField
        label="Mutual (care flows both ways)"
        checked={mutual === true}
        mixed={mutual === MIXED}
        testId="inspector-tie-mutual"
        onCommit={(on) => commit('direction', () => ({ mutual: on }))}
      />
      {choice('strength', 'Strength', toOptions(STRENGTHS))}
      {kind === 'care' && (
        <>
          {choice('formality', 'Formality', toOptions(TIE_FORMALITIES), 'Not set')}
          {choice('payment', 'Payment', toOptions(PAYMENTS), 'Not set')}
          {choice('frequency', 'How often', toOptions(FREQUENCIES), 'Not set')}
          <TextField
            label="Hours a week"
            inputMode="decimal"
            {...shownValue(hours)}
            testId="inspector-tie-hours"
            onCommit={(t) =>
              applyChecked(checkNumber(S.hoursPerWeek, t), (value) =>
                commit('hours a week', () => ({ hoursPerWeek: value })),
              )
            }
          />
          {choice('closeness', 'Closeness', toOptions(CLOSENESS), 'Not set')}
          {yesNo('inSupportPlan', 'In the support plan')}
        </>
      )}
      <CheckList
        legend="Care types"
        options={careTypeOptions(careTypes)}
        stateOf={(v) => {
          const count = ties.filter((t) => t.careTypes.includes(v)).length;
          return count === 0 ? 'off' : count === ties.length ? 'on' : 'mixed';
        }}
        onToggle={(v, on) =>
          commit('care types', (t) => ({
            careTypes: on ? [...t.careTypes.filter((c) => c !== v), v] : t.careTypes.filter((c) => c !== v),
          }))
        }
        testId="inspector-tie-care-types"
      />
      {kind === 'membership' && (
        <>
          {text('role', 'Role in the team or circle')}
          {choice('participation', 'Participation', toOptions(PARTICIPATIONS), 'Not set')}
          {yesNo('ownerConsented', 'Team Owner consented')}
          {yesNo('memberConsented', 'Member consented')}
        </>
      )}
      {kind === 'partnership' &&
        choice('partnershipStatus', 'Partnership status', toOptions(PARTNERSHIP_STATUSES), 'Not set')}
      {kind === 'commons_membership' &&
        choice('commonsStatus', 'Commons membership', toOptions(COMMONS_STATUSES), 'Not set')}
      {text('since', 'Since', { date: true })}
      {text('until', 'Until', { date: true })}
      {text('label', 'Label')}
      {text('notes', 'Notes', { multiline: true })}
    </div>
  );
});
