// The statements of an instrument, by domain and factor: text (editable in a team's own copy),
// reverse-scored, which stakeholder groups are asked, and the "local default" mark.
import { findRecord, type SurveyItem, SURVEY_DOMAINS } from '../../model';
import { selectDocument, useAppStore } from '../../store';
import { TextField } from '../../ui/TextField';
import { useRecordEdit } from '../governance/useRecordEdit';

export function ItemsTable({ items, instrument }: { items: readonly SurveyItem[]; instrument: string | undefined }) {
  const doc = useAppStore(selectDocument);
  const edits = useRecordEdit();
  const record = doc !== null && instrument !== undefined ? findRecord(doc, 'surveyInstrument', instrument) : undefined;

  function editText(item: SurveyItem, text: string): string | null {
    if (record === undefined) return 'Make an editable copy first.';
    // Edited wording is no longer our placeholder text.
    const next = record.items.map((i) => (i.id === item.id ? { ...i, text, placeholder: false } : i));
    return edits.upsert({ ...record, items: next }, `Edit survey item ${item.id}`);
  }

  return (
    <details>
      <summary>Items ({items.length})</summary>
      {SURVEY_DOMAINS.map((d) => (
        <table key={d.id} className="record-table" data-testid="items-table">
          <caption>{d.label}</caption>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">Statement</th>
              <th scope="col">Asked of</th>
            </tr>
          </thead>
          <tbody>
            {items
              .filter((i) => i.domain === d.id)
              .map((i) => (
                <tr key={i.id} data-testid="item-row">
                  <td>{d.factors.find((f) => f.id === i.factor)?.label ?? i.factor}</td>
                  <td>
                    {record !== undefined ? <TextField label={`Statement ${i.id}`} value={i.text} onCommit={(t) => editText(i, t)} /> : i.text}
                    {i.reverse && <span className="badge">reverse-scored</span>}
                    {i.placeholder && <span className="badge">local default</span>}
                  </td>
                  <td>{i.stakeholders.length === 0 ? 'Everyone' : i.stakeholders.join(', ')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </details>
  );
}
