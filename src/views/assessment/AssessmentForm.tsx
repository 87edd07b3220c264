// Assess (or re-assess) a partner on the ten capacities: a readiness level for each (or none, for
// a words-only entry), a note and evidence, with the date and method. Each save is a new record,
// so earlier assessments are kept and change over time shows. Starts from the latest assessment.
import { type FormEvent, useState } from 'react';

import { ASSESSMENT_METHODS, CAPACITY_DIMENSIONS, type CapacityAssessment, type CapacityDimensionId, type CareNode, newId } from '../../model';
import { today, useRecordEdit } from '../governance/useRecordEdit';

interface Draft {
  level: string;
  note: string;
  evidence: string;
}

function draftFrom(latest: CapacityAssessment | undefined): Record<CapacityDimensionId, Draft> {
  return Object.fromEntries(
    CAPACITY_DIMENSIONS.map((d) => {
      const r = latest?.ratings[d.id];
      return [d.id, { level: r?.level != null ? String(r.level) : '', note: r?.note ?? '', evidence: r?.evidence ?? '' }];
    }),
  ) as Record<CapacityDimensionId, Draft>;
}

export interface AssessmentFormProps {
  readonly partner: CareNode;
  readonly levels: readonly string[];
  readonly latest: CapacityAssessment | undefined;
}

export function AssessmentForm({ partner, levels, latest }: AssessmentFormProps) {
  const edits = useRecordEdit();
  const [date, setDate] = useState(today);
  const [method, setMethod] = useState<string>(latest?.method ?? 'meeting');
  const [drafts, setDrafts] = useState(() => draftFrom(latest));
  const [message, setMessage] = useState<string | null>(null);
  const set = (id: CapacityDimensionId, patch: Partial<Draft>) => setDrafts({ ...drafts, [id]: { ...drafts[id], ...patch } });

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const ratings: Record<string, unknown> = {};
    for (const d of CAPACITY_DIMENSIONS) {
      const x = drafts[d.id];
      if (x.level === '' && x.note.trim() === '' && x.evidence.trim() === '') continue;
      ratings[d.id] = {
        level: x.level === '' ? null : Number(x.level),
        ...(x.note.trim() !== '' ? { note: x.note.trim() } : {}),
        ...(x.evidence.trim() !== '' ? { evidence: x.evidence.trim() } : {}),
      };
    }
    const record = { id: newId('ca'), type: 'capacityAssessment', partner: partner.id, date, method, ratings };
    const refusal = edits.upsert(record, `${latest === undefined ? 'Assess' : 'Re-assess'} “${partner.label}”`);
    setMessage(refusal ?? 'Assessment saved.');
  }

  return (
    <form className="mini-form assessment-form" onSubmit={handleSubmit} aria-label={`Assess ${partner.label}`} data-testid="assessment-form">
      <h3>{latest === undefined ? 'Assess' : 'Re-assess'} {partner.label}</h3>
      <label>
        Date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required data-testid="assessment-date" />
      </label>
      <label>
        Method{' '}
        <select value={method} onChange={(e) => setMethod(e.target.value)}>
          {ASSESSMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {m.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <table className="record-table">
        <thead>
          <tr>
            <th scope="col">Capacity</th>
            <th scope="col">Level</th>
            <th scope="col">Notes</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {CAPACITY_DIMENSIONS.map((d) => (
            <tr key={d.id}>
              <th scope="row" title={d.looksAt}>
                {d.number}. {d.label}
              </th>
              <td>
                <select aria-label={`${d.label}: level`} value={drafts[d.id].level} onChange={(e) => set(d.id, { level: e.target.value })} data-testid={`level-${d.id}`}>
                  <option value="">Not rated</option>
                  {levels.map((name, i) => (
                    <option key={i} value={i + 1}>
                      {i + 1} {name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label={`${d.label}: notes`} value={drafts[d.id].note} onChange={(e) => set(d.id, { note: e.target.value })} />
              </td>
              <td>
                <input aria-label={`${d.label}: evidence`} value={drafts[d.id].evidence} onChange={(e) => set(d.id, { evidence: e.target.value })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" data-testid="assessment-save">
        Save assessment
      </button>
      {message !== null && <p role="status">{message}</p>}
    </form>
  );
}
