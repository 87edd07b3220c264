// The editable fields of one or several nodes: label, kind, roles (people) or category, formality
// and anchor (collectives), care offered and needed, description, notes and tags. With several
// nodes each field shows the shared value or "mixed", and an edit applies to all of them.
import { memo } from 'react';

import {
  ACTOR_CATEGORIES,
  type CareNode,
  CareNodeSchema,
  COLLECTIVE_KINDS,
  FORMALITIES,
  NODE_KINDS,
  type NodeId,
  type NodeKind,
  PERSON_ROLES,
} from '../../model';
import { useAppStore } from '../../store';
import { CheckboxField } from '../../ui/CheckboxField';
import { type CheckListOption, type CheckState, CheckList } from '../../ui/CheckList';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { TagInput } from '../../ui/TagInput';
import { TextField } from '../../ui/TextField';
import {
  applyChecked,
  checkField,
  checkText,
  kindPatch,
  MIXED,
  sharedValue,
  shownValue,
  togglePatch,
} from './edits';
import { careTypeOptions, NO_CARE_TYPES, toOptions } from './options';
import { useCommitNodes } from './useCommit';

const S = CareNodeSchema.shape;
const KIND_OPTIONS = toOptions(NODE_KINDS);
const ROLE_OPTIONS = toOptions(PERSON_ROLES);
const CATEGORY_OPTIONS = toOptions(ACTOR_CATEGORIES);
const FORMALITY_OPTIONS = toOptions(FORMALITIES);

type ListKey = 'roles' | 'careOffered' | 'careNeeded';
type TextKey = 'label' | 'description' | 'notes';
type ChoiceKey = 'category' | 'formality';

/** On, off or mixed for one entry of a list field across the nodes. */
function listState(nodes: readonly CareNode[], key: ListKey | 'tags', value: string): CheckState {
  let count = 0;
  for (const n of nodes) if ((n[key] as readonly string[]).includes(value)) count++;
  return count === 0 ? 'off' : count === nodes.length ? 'on' : 'mixed';
}

export interface NodeFieldsProps {
  readonly nodes: readonly CareNode[];
  readonly ids: readonly NodeId[];
}

export const NodeFields = memo(function NodeFields({ nodes, ids }: NodeFieldsProps) {
  const commit = useCommitNodes(ids);
  const careTypes = useAppStore((s) => s.document?.careTypes ?? NO_CARE_TYPES);
  const careOptions = careTypeOptions(careTypes);
  const kind = sharedValue(nodes, (n) => n.kind);
  const anchor = sharedValue(nodes, (n) => n.isAnchor === true);
  const allPeople = nodes.every((n) => n.kind === 'person');
  const allCollective = nodes.every((n) => COLLECTIVE_KINDS.includes(n.kind));
  const tags = [...new Set(nodes.flatMap((n) => n.tags))].map((tag) => ({
    tag,
    partial: listState(nodes, 'tags', tag) === 'mixed',
  }));

  // The label must be present; description and notes may be cleared.
  const text = (key: TextKey, label: string, extra: { multiline?: boolean; hint?: string } = {}) => (
    <TextField
      label={label}
      {...shownValue(sharedValue(nodes, (n) => n[key] ?? ''))}
      multiline={extra.multiline}
      hint={extra.hint}
      testId={`inspector-${key}`}
      onCommit={(t) =>
        applyChecked(key === 'label' ? checkField(S.label, t) : checkText(S[key], t), (value) =>
          commit(key, () => ({ [key]: value })),
        )
      }
    />
  );
  const choice = (key: ChoiceKey, label: string, options: readonly SelectOption[]) => (
    <SelectField
      label={label}
      {...shownValue(sharedValue(nodes, (n) => n[key] ?? ''))}
      options={options}
      emptyLabel="Not set"
      testId={`inspector-${key}`}
      onCommit={(v) => commit(key, () => ({ [key]: v === '' ? undefined : v }))}
    />
  );
  const checks = (key: ListKey, legend: string, options: readonly CheckListOption[], testId: string) => (
    <CheckList
      legend={legend}
      options={options}
      stateOf={(v) => listState(nodes, key, v)}
      onToggle={(value, on) => commit(legend.toLowerCase(), (n) => togglePatch(n, key, value as never, on))}
      testId={testId}
    />
  );

  return (
    <div className="field-group">
      {text('label', 'Label')}
      <SelectField
        label="Kind"
        {...shownValue(kind)}
        options={KIND_OPTIONS}
        testId="inspector-kind"
        onCommit={(value) => commit('kind', (n) => kindPatch(n, value as NodeKind))}
      />
      {allPeople && checks('roles', 'Roles', ROLE_OPTIONS, 'inspector-roles')}
      {allCollective && choice('category', 'Category', CATEGORY_OPTIONS)}
      {choice('formality', 'Formality', FORMALITY_OPTIONS)}
      {allCollective && (
        <CheckboxField
          label="Anchor organisation"
          checked={anchor === true}
          mixed={anchor === MIXED}
          testId="inspector-anchor"
          onCommit={(on) => commit('anchor', () => ({ isAnchor: on ? true : undefined }))}
        />
      )}
      {checks('careOffered', 'Care offered', careOptions, 'inspector-care-offered')}
      {checks('careNeeded', 'Care needed', careOptions, 'inspector-care-needed')}
      {text('description', 'Description', { multiline: true, hint: 'Ctrl+Enter or leaving the box saves' })}
      {text('notes', 'Notes', { multiline: true })}
      <TagInput
        label="Tags"
        tags={tags}
        testId="inspector-tags"
        onAdd={(tag) =>
          applyChecked(checkField(S.tags, [tag]), (value) =>
            commit('tags', (n) => togglePatch(n, 'tags', value[0] ?? tag, true)),
          )
        }
        onRemove={(tag) => commit('tags', (n) => togglePatch(n, 'tags', tag, false))}
      />
    </div>
  );
});
