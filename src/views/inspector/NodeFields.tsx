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
import { type CheckState, CheckList } from '../../ui/CheckList';
import { SelectField } from '../../ui/SelectField';
import { TagInput } from '../../ui/TagInput';
import { TextField } from '../../ui/TextField';
import { checkField, checkText, kindPatch, MIXED, sharedValue, togglePatch } from './edits';
import { careTypeOptions, NO_CARE_TYPES, toOptions } from './options';
import { useCommitNodes } from './useCommit';

const S = CareNodeSchema.shape;
const KIND_OPTIONS = toOptions(NODE_KINDS);
const ROLE_OPTIONS = toOptions(PERSON_ROLES);
const CATEGORY_OPTIONS = toOptions(ACTOR_CATEGORIES);
const FORMALITY_OPTIONS = toOptions(FORMALITIES);

type ListKey = 'roles' | 'careOffered' | 'careNeeded';

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
  const label = sharedValue(nodes, (n) => n.label);
  const kind = sharedValue(nodes, (n) => n.kind);
  const category = sharedValue(nodes, (n) => n.category ?? '');
  const formality = sharedValue(nodes, (n) => n.formality ?? '');
  const anchor = sharedValue(nodes, (n) => n.isAnchor === true);
  const description = sharedValue(nodes, (n) => n.description ?? '');
  const notes = sharedValue(nodes, (n) => n.notes ?? '');
  const allPeople = nodes.every((n) => n.kind === 'person');
  const allCollective = nodes.every((n) => COLLECTIVE_KINDS.includes(n.kind));
  const tags = [...new Set(nodes.flatMap((n) => n.tags))].map((tag) => ({
    tag,
    partial: listState(nodes, 'tags', tag) === 'mixed',
  }));

  const toggle = (key: ListKey, what: string) => (value: string, on: boolean) =>
    commit(what, (n) => togglePatch(n, key, value as never, on));

  return (
    <div className="field-group">
      <TextField
        label="Label"
        value={label === MIXED ? '' : label}
        mixed={label === MIXED}
        testId="inspector-label"
        onCommit={(text) => {
          const checked = checkField(S.label, text);
          return checked.ok ? commit('label', () => ({ label: checked.value })) : checked.message;
        }}
      />
      <SelectField
        label="Kind"
        value={kind === MIXED ? '' : kind}
        mixed={kind === MIXED}
        options={KIND_OPTIONS}
        testId="inspector-kind"
        onCommit={(value) => commit('kind', (n) => kindPatch(n, value as NodeKind))}
      />
      {allPeople && (
        <CheckList
          legend="Roles"
          options={ROLE_OPTIONS}
          stateOf={(v) => listState(nodes, 'roles', v)}
          onToggle={toggle('roles', 'roles')}
          testId="inspector-roles"
        />
      )}
      {allCollective && (
        <SelectField
          label="Category"
          value={category === MIXED ? '' : category}
          mixed={category === MIXED}
          options={CATEGORY_OPTIONS}
          emptyLabel="Not set"
          testId="inspector-category"
          onCommit={(v) => commit('category', () => ({ category: v === '' ? undefined : (v as CareNode['category']) }))}
        />
      )}
      <SelectField
        label="Formality"
        value={formality === MIXED ? '' : formality}
        mixed={formality === MIXED}
        options={FORMALITY_OPTIONS}
        emptyLabel="Not set"
        testId="inspector-formality"
        onCommit={(v) => commit('formality', () => ({ formality: v === '' ? undefined : (v as CareNode['formality']) }))}
      />
      {allCollective && (
        <CheckboxField
          label="Anchor organisation"
          checked={anchor === true}
          mixed={anchor === MIXED}
          testId="inspector-anchor"
          onCommit={(on) => commit('anchor', () => ({ isAnchor: on ? true : undefined }))}
        />
      )}
      <CheckList
        legend="Care offered"
        options={careOptions}
        stateOf={(v) => listState(nodes, 'careOffered', v)}
        onToggle={toggle('careOffered', 'care offered')}
        testId="inspector-care-offered"
      />
      <CheckList
        legend="Care needed"
        options={careOptions}
        stateOf={(v) => listState(nodes, 'careNeeded', v)}
        onToggle={toggle('careNeeded', 'care needed')}
        testId="inspector-care-needed"
      />
      <TextField
        label="Description"
        multiline
        value={description === MIXED ? '' : description}
        mixed={description === MIXED}
        hint="Ctrl+Enter or leaving the box saves"
        testId="inspector-description"
        onCommit={(text) => {
          const checked = checkText(S.description, text);
          return checked.ok ? commit('description', () => ({ description: checked.value })) : checked.message;
        }}
      />
      <TextField
        label="Notes"
        multiline
        value={notes === MIXED ? '' : notes}
        mixed={notes === MIXED}
        testId="inspector-notes"
        onCommit={(text) => {
          const checked = checkText(S.notes, text);
          return checked.ok ? commit('notes', () => ({ notes: checked.value })) : checked.message;
        }}
      />
      <TagInput
        label="Tags"
        tags={tags}
        testId="inspector-tags"
        onAdd={(tag) => {
          const checked = checkField(S.tags, [tag]);
          return checked.ok ? commit('tags', (n) => togglePatch(n, 'tags', checked.value[0] ?? tag, true)) : checked.message;
        }}
        onRemove={(tag) => commit('tags', (n) => togglePatch(n, 'tags', tag, false))}
      />
    </div>
  );
});
