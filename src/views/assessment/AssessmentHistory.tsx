// How each capacity of one partner moved across its assessments (oldest first), with the change
// since the previous numeric level. Shown once a partner has been re-assessed.
import { CAPACITY_DIMENSIONS, type CareMap, dimensionHistory } from '../../model';

export function AssessmentHistory({ doc, partner }: { doc: CareMap; partner: string }) {
  const histories = CAPACITY_DIMENSIONS.map((d) => ({ d, points: dimensionHistory(doc, partner, d.id) }));
  const dates = histories[0]?.points.map((p) => p.date) ?? [];
  if (dates.length < 2) return null;
  const arrow = (c: number | null) => (c === null || c === 0 ? '' : c > 0 ? ` (▲ +${c})` : ` (▼ ${c})`);
  return (
    <table className="record-table" data-testid="assessment-history">
      <caption>Change over time</caption>
      <thead>
        <tr>
          <th scope="col">Capacity</th>
          {dates.map((date, i) => (
            <th key={i} scope="col">
              {date}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {histories.map(({ d, points }) => (
          <tr key={d.id}>
            <th scope="row">{d.short}</th>
            {points.map((p) => (
              <td key={p.assessment}>
                {p.level ?? '–'}
                {arrow(p.change)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
