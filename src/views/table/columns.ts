// The table's columns for nodes and for ties: what each cell shows, how it sorts, and how an
// inline edit turns into a patch, checked with the same zod field schemas as the inspector and
// the file readers. Pure: the grid draws cells from these, the table view sends the patches to
// the store.
import {
  ACTOR_CATEGORIES,
  type CareNode,
  CareNodeSchema,
  COLLECTIVE_KINDS,
  FORMALITIES,
  FREQUENCIES,
  labelOf,
  NODE_KINDS,
  type NodeKind,
  PERSON_ROLES,
  STRENGTHS,
  type Tie,
  TIE_FORMALITIES,
  TIE_KINDS,
  type TieKind,
  TieSchema,
} from '../../model';
import type { NodePatch, TiePatch } from '../../store';
import { type Checked, checkField, checkNumber, checkText, kindPatch, numberText, tieKindPatch } from '../inspector/edits';

/** One choice in a select or check-list editor. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** How a cell is edited: free text, one choice, or several choices. */
export type CellEdit<R, P> =
  | { readonly type: 'text'; readonly value: (row: R) => string; readonly commit: (row: R, text: string) => Checked<P> }
  | {
      readonly type: 'select';
      readonly options: (row: R) => readonly Choice[];
      readonly value: (row: R) => string;
      readonly commit: (row: R, value: string) => Checked<P>;
    }
  | {
      readonly type: 'multi';
      readonly options: (row: R) => readonly Choice[];
      readonly values: (row: R) => readonly string[];
      readonly commit: (row: R, values: readonly string[]) => Checked<P>;
    };

export interface Column<R, P> {
  readonly id: string;
  readonly header: string;
  /** CSS grid track, e.g. `minmax(12rem, 2fr)`. */
  readonly width: string;
  readonly text: (row: R) => string;
  /** Sort key; numbers sort numerically, text with the locale's collation. Defaults to `text`. */
  readonly sortKey?: (row: R) => string | number;
  readonly edit?: CellEdit<R, P>;
}

/** What node rows know besides the node: its number of ties and the map's care-type labels. */
export interface NodeRow {
  readonly id: string;
  readonly node: CareNode;
  readonly ties: number;
  readonly careLabel: (id: string) => string;
  readonly careChoices: readonly Choice[];
}

export interface TieRow {
  readonly id: string;
  readonly tie: Tie;
  readonly sourceLabel: string;
  readonly targetLabel: string;
  readonly careLabel: (id: string) => string;
  readonly careChoices: readonly Choice[];
}

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const choices = (entries: readonly { id: string; label: string }[]): Choice[] => entries.map((e) => ({ value: e.id, label: e.label }));
const NONE: Choice = { value: '', label: '—' };
const KIND_CHOICES = choices(NODE_KINDS);
const ROLE_CHOICES = choices(PERSON_ROLES);
const CATEGORY_CHOICES = [NONE, ...choices(ACTOR_CATEGORIES)];
const FORMALITY_CHOICES = [NONE, ...choices(FORMALITIES)];
const TIE_KIND_CHOICES = choices(TIE_KINDS);
const STRENGTH_CHOICES = choices(STRENGTHS);
const TIE_FORMALITY_CHOICES = [NONE, ...choices(TIE_FORMALITIES)];
const FREQUENCY_CHOICES = [NONE, ...choices(FREQUENCIES)];
const MUTUAL_CHOICES: Choice[] = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
];

/** Tags typed as a comma-separated list, each checked like a file's tags. */
export function parseTags(text: string): Checked<string[]> {
  const tags = [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t !== ''))];
  const checked = checkField(CareNodeSchema.shape.tags, tags);
  return checked.ok ? ok(checked.value) : checked;
}

// ---------------------------------------------------------------- nodes

export const NODE_COLUMNS: readonly Column<NodeRow, NodePatch>[] = [
  {
    id: 'label',
    header: 'Label',
    width: 'minmax(12rem, 2fr)',
    text: (r) => r.node.label,
    edit: {
      type: 'text',
      value: (r) => r.node.label,
      commit: (_r, text) => {
        const checked = checkField(CareNodeSchema.shape.label, text);
        return checked.ok ? ok({ label: checked.value }) : checked;
      },
    },
  },
  {
    id: 'kind',
    header: 'Kind',
    width: 'minmax(7rem, 1fr)',
    text: (r) => labelOf(NODE_KINDS, r.node.kind),
    edit: { type: 'select', options: () => KIND_CHOICES, value: (r) => r.node.kind, commit: (r, v) => ok(kindPatch(r.node, v as NodeKind)) },
  },
  {
    id: 'roles',
    header: 'Roles',
    width: 'minmax(9rem, 1.5fr)',
    text: (r) => r.node.roles.map((x) => labelOf(PERSON_ROLES, x)).join(', '),
    edit: {
      type: 'multi',
      options: (r) => (r.node.kind === 'person' ? ROLE_CHOICES : []),
      values: (r) => r.node.roles,
      commit: (r, values) =>
        r.node.kind === 'person' || values.length === 0
          ? ok({ roles: values as CareNode['roles'] })
          : { ok: false, message: 'only people carry roles' },
    },
  },
  {
    id: 'category',
    header: 'Category',
    width: 'minmax(9rem, 1.5fr)',
    text: (r) => (r.node.category === undefined ? '' : labelOf(ACTOR_CATEGORIES, r.node.category)),
    edit: {
      type: 'select',
      options: (r) => (COLLECTIVE_KINDS.includes(r.node.kind) ? CATEGORY_CHOICES : [NONE]),
      value: (r) => r.node.category ?? '',
      commit: (r, v) =>
        v !== '' && r.node.kind === 'person'
          ? { ok: false, message: 'a person has roles, not an actor category' }
          : ok({ category: v === '' ? undefined : (v as CareNode['category']) }),
    },
  },
  {
    id: 'formality',
    header: 'Formality',
    width: 'minmax(6rem, 1fr)',
    text: (r) => (r.node.formality === undefined ? '' : labelOf(FORMALITIES, r.node.formality)),
    edit: {
      type: 'select',
      options: () => FORMALITY_CHOICES,
      value: (r) => r.node.formality ?? '',
      commit: (_r, v) => ok({ formality: v === '' ? undefined : (v as CareNode['formality']) }),
    },
  },
  {
    id: 'careOffered',
    header: 'Care offered',
    width: 'minmax(9rem, 1.5fr)',
    text: (r) => r.node.careOffered.map(r.careLabel).join(', '),
    edit: { type: 'multi', options: (r) => r.careChoices, values: (r) => r.node.careOffered, commit: (_r, v) => ok({ careOffered: [...v] }) },
  },
  {
    id: 'careNeeded',
    header: 'Care needed',
    width: 'minmax(9rem, 1.5fr)',
    text: (r) => r.node.careNeeded.map(r.careLabel).join(', '),
    edit: { type: 'multi', options: (r) => r.careChoices, values: (r) => r.node.careNeeded, commit: (_r, v) => ok({ careNeeded: [...v] }) },
  },
  {
    id: 'tags',
    header: 'Tags',
    width: 'minmax(7rem, 1fr)',
    text: (r) => r.node.tags.join(', '),
    edit: {
      type: 'text',
      value: (r) => r.node.tags.join(', '),
      commit: (_r, text) => {
        const checked = parseTags(text);
        return checked.ok ? ok({ tags: checked.value }) : checked;
      },
    },
  },
  { id: 'ties', header: 'Ties', width: '4.5rem', text: (r) => String(r.ties), sortKey: (r) => r.ties },
];

// ---------------------------------------------------------------- ties

export const TIE_COLUMNS: readonly Column<TieRow, TiePatch>[] = [
  { id: 'source', header: 'From (giver)', width: 'minmax(10rem, 1.5fr)', text: (r) => r.sourceLabel },
  { id: 'target', header: 'To (receiver)', width: 'minmax(10rem, 1.5fr)', text: (r) => r.targetLabel },
  {
    id: 'kind',
    header: 'Kind',
    width: 'minmax(8rem, 1fr)',
    text: (r) => labelOf(TIE_KINDS, r.tie.kind),
    edit: { type: 'select', options: () => TIE_KIND_CHOICES, value: (r) => r.tie.kind, commit: (r, v) => ok(tieKindPatch(r.tie, v as TieKind)) },
  },
  {
    id: 'mutual',
    header: 'Mutual',
    width: '5.5rem',
    text: (r) => (r.tie.mutual ? 'Yes' : 'No'),
    edit: { type: 'select', options: () => MUTUAL_CHOICES, value: (r) => (r.tie.mutual ? 'yes' : 'no'), commit: (_r, v) => ok({ mutual: v === 'yes' }) },
  },
  {
    id: 'strength',
    header: 'Strength',
    width: 'minmax(7rem, 1fr)',
    text: (r) => labelOf(STRENGTHS, r.tie.strength),
    edit: { type: 'select', options: () => STRENGTH_CHOICES, value: (r) => r.tie.strength, commit: (_r, v) => ok({ strength: v as Tie['strength'] }) },
  },
  {
    id: 'careTypes',
    header: 'Care types',
    width: 'minmax(10rem, 1.5fr)',
    text: (r) => r.tie.careTypes.map(r.careLabel).join(', '),
    edit: { type: 'multi', options: (r) => r.careChoices, values: (r) => r.tie.careTypes, commit: (_r, v) => ok({ careTypes: [...v] }) },
  },
  {
    id: 'formality',
    header: 'Formality',
    width: 'minmax(6rem, 1fr)',
    text: (r) => (r.tie.formality === undefined ? '' : labelOf(TIE_FORMALITIES, r.tie.formality)),
    edit: {
      type: 'select',
      options: (r) => (r.tie.kind === 'care' ? TIE_FORMALITY_CHOICES : [NONE]),
      value: (r) => r.tie.formality ?? '',
      commit: (_r, v) => ok({ formality: v === '' ? undefined : (v as Tie['formality']) }),
    },
  },
  {
    id: 'frequency',
    header: 'How often',
    width: 'minmax(7rem, 1fr)',
    text: (r) => (r.tie.frequency === undefined ? '' : labelOf(FREQUENCIES, r.tie.frequency)),
    edit: {
      type: 'select',
      options: (r) => (r.tie.kind === 'care' ? FREQUENCY_CHOICES : [NONE]),
      value: (r) => r.tie.frequency ?? '',
      commit: (_r, v) => ok({ frequency: v === '' ? undefined : (v as Tie['frequency']) }),
    },
  },
  {
    id: 'hoursPerWeek',
    header: 'Hours a week',
    width: '6.5rem',
    text: (r) => numberText(r.tie.hoursPerWeek),
    sortKey: (r) => r.tie.hoursPerWeek ?? -1,
    edit: {
      type: 'text',
      value: (r) => numberText(r.tie.hoursPerWeek),
      commit: (r, text) => {
        const checked = checkNumber(TieSchema.shape.hoursPerWeek, text);
        if (!checked.ok) return checked;
        if (checked.value !== undefined && r.tie.kind !== 'care') return { ok: false, message: 'only care ties carry hours a week' };
        return ok({ hoursPerWeek: checked.value });
      },
    },
  },
  {
    id: 'notes',
    header: 'Notes',
    width: 'minmax(8rem, 1.5fr)',
    text: (r) => r.tie.notes ?? '',
    edit: {
      type: 'text',
      value: (r) => r.tie.notes ?? '',
      commit: (_r, text) => {
        const checked = checkText(TieSchema.shape.notes, text);
        return checked.ok ? ok({ notes: checked.value }) : checked;
      },
    },
  },
];
