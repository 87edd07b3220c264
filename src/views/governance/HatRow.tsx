// One hat assignment as a table row: name, holders (editable as a checklist of members), badges
// for vacant / shared / rotating, and the review date edited in place.
import { type CareMap, type CareNode, type HatAssignment, type HatDefinition } from '../../model';
import { CheckList } from '../../ui/CheckList';
import { TextField } from '../../ui/TextField';
import { nodeName } from './members';
import { useRecordEdit } from './useRecordEdit';

export interface HatRowProps {
  readonly doc: CareMap;
  readonly assignment: HatAssignment;
  readonly hat: HatDefinition | undefined;
  readonly members: readonly CareNode[];
}

export function HatRow({ doc, assignment: a, hat, members }: HatRowProps) {
  const edits = useRecordEdit();
  const name = hat?.name ?? `(unknown hat ${a.hat})`;
  const holders = new Set<string>(a.holders);
  // Holders who are not members (any more) still show, so they can be taken off.
  const options = [...members.map((m) => ({ value: m.id as string, label: m.label }))];
  for (const h of a.holders) if (!options.some((o) => o.value === h)) options.push({ value: h, label: nodeName(doc, h) });

  return (
    <tr data-testid="hat-row" data-hat={a.hat}>
      <td>
        {name}
        {hat?.custom === true && <span className="badge">custom</span>}
        {hat?.essential === true && <span className="badge">essential</span>}
      </td>
      <td>
        <span data-testid="hat-holders">{a.holders.length === 0 ? 'Vacant' : a.holders.map((h) => nodeName(doc, h)).join(', ')}</span>
        {a.holders.length > 1 && <span className="badge">shared</span>}
        {a.rotating && <span className="badge">rotating</span>}
        <CheckList
          legend="Holders"
          options={options}
          stateOf={(v) => (holders.has(v) ? 'on' : 'off')}
          onToggle={(v, on) =>
            edits.upsert({ ...a, holders: on ? [...a.holders, v] : a.holders.filter((h) => h !== v) }, `${on ? 'Give' : 'Take'} hat “${name}”`)
          }
        />
      </td>
      <td>
        <TextField
          label="Review date"
          value={a.reviewAt ?? ''}
          placeholder="YYYY-MM-DD"
          onCommit={(text) => {
            const { reviewAt: _old, ...rest } = a;
            return edits.upsert(text.trim() === '' ? rest : { ...rest, reviewAt: text.trim() }, `Review date of “${name}”`);
          }}
        />
      </td>
      <td>
        <button type="button" className="link-button" onClick={() => edits.remove(a.id, `Remove hat “${name}”`)}>
          Remove
        </button>
      </td>
    </tr>
  );
}
