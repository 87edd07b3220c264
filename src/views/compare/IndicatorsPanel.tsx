// The indicators of a comparison side by side: for a personal map the three of domain §7.4, for
// every map the community figures of §3.6 with their change, and the wave measures (ties kept,
// gained, lost, Jaccard, Hamming, rank correlations). Numbers as indicatorValue writes them.
import { type DiffResult, formatNumber, indicatorChange, indicatorValue } from '../../analysis';

const PAID_CARE = {
  alongside: 'added alongside informal care',
  instead: 'added instead of informal care',
  'no-formal-added': 'none added',
} as const;

const rho = (x: number | null) => (x === null ? '–' : formatNumber(Math.round(x * 100) / 100));

/** Rows of a label and its one value, the value spanning `colSpan` columns. */
function LabelledRows({ rows, colSpan }: { readonly rows: readonly (readonly [string, string])[]; readonly colSpan?: number }) {
  return rows.map(([label, value]) => (
    <tr key={label}>
      <th>{label}</th>
      <td colSpan={colSpan}>{value}</td>
    </tr>
  ));
}

export function IndicatorsPanel({ result }: { readonly result: DiffResult }) {
  const p = result.indicators.personal;
  const w = result.waves;
  return (
    <section className="indicators-panel" aria-label="Indicators" data-testid="indicators-panel">
      {p !== null && (
        <table>
          <caption>Around {p.centre.label}</caption>
          <tbody>
            <LabelledRows
              rows={[
                ['Relationships stronger / new meaningful', `${p.relationships.stronger.length} / ${p.relationships.newMeaningful.length}`],
                ['Informal share of care received', `${indicatorValue(p.informal.before.informalShare, 'share')} → ${indicatorValue(p.informal.after.informalShare, 'share')}`],
                ['Paid care', PAID_CARE[p.informal.paidCare]],
                ['Share from the top giver', `${indicatorValue(p.load.before.topGiverShare, 'share')} → ${indicatorValue(p.load.after.topGiverShare, 'share')}`],
              ]}
            />
          </tbody>
        </table>
      )}
      <table>
        <thead>
          <tr>
            <th>Figure</th>
            <th>Before</th>
            <th>After</th>
            <th>Change</th>
          </tr>
        </thead>
        <tbody>
          {result.indicators.community.map((row) => (
            <tr key={row.id} title={row.description}>
              <th>{row.label}</th>
              <td>{indicatorValue(row.before, row.unit)}</td>
              <td>{indicatorValue(row.after, row.unit)}</td>
              <td>{indicatorChange(row.change, row.unit)}</td>
            </tr>
          ))}
          <LabelledRows
            colSpan={3}
            rows={[
              ['Connected pairs kept / gained / lost', `${w.ties.kept} / ${w.ties.gained} / ${w.ties.lost}`],
              ['Jaccard index of ties · Hamming distance', `${rho(w.jaccard)} · ${w.hamming}`],
              ['Rank correlation of degree · of betweenness', `${rho(w.degreeSpearman)} · ${w.betweennessSkipped ?? rho(w.betweennessSpearman)}`],
            ]}
          />
        </tbody>
      </table>
    </section>
  );
}
