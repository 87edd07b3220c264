// The indicators of a comparison side by side: for a personal map the three of domain §7.4, for
// every map the community figures of §3.6 with their change, and the wave measures (ties kept,
// gained, lost, Jaccard, Hamming, rank correlations). Numbers as indicatorValue writes them.
import { type DiffResult, formatNumber, indicatorChange, indicatorValue } from '../../analysis';

const rho = (x: number | null) => (x === null ? '–' : formatNumber(Math.round(x * 100) / 100));

export function IndicatorsPanel({ result }: { readonly result: DiffResult }) {
  const p = result.indicators.personal;
  const w = result.waves;
  return (
    <section className="indicators-panel" aria-label="Indicators" data-testid="indicators-panel">
      {p !== null && (
        <table>
          <caption>Around {p.centre.label}</caption>
          <tbody>
            <tr>
              <th>Relationships stronger / new meaningful</th>
              <td>
                {p.relationships.stronger.length} / {p.relationships.newMeaningful.length}
              </td>
            </tr>
            <tr>
              <th>Informal share of care received</th>
              <td>
                {indicatorValue(p.informal.before.informalShare, 'share')} → {indicatorValue(p.informal.after.informalShare, 'share')}
              </td>
            </tr>
            <tr>
              <th>Paid care</th>
              <td>{p.informal.paidCare === 'alongside' ? 'added alongside informal care' : p.informal.paidCare === 'instead' ? 'added instead of informal care' : 'none added'}</td>
            </tr>
            <tr>
              <th>Share from the top giver</th>
              <td>
                {indicatorValue(p.load.before.topGiverShare, 'share')} → {indicatorValue(p.load.after.topGiverShare, 'share')}
              </td>
            </tr>
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
          <tr>
            <th>Connected pairs kept / gained / lost</th>
            <td colSpan={3}>
              {w.ties.kept} / {w.ties.gained} / {w.ties.lost}
            </td>
          </tr>
          <tr>
            <th>Jaccard index of ties · Hamming distance</th>
            <td colSpan={3}>
              {rho(w.jaccard)} · {w.hamming}
            </td>
          </tr>
          <tr>
            <th>Rank correlation of degree · of betweenness</th>
            <td colSpan={3}>
              {rho(w.degreeSpearman)} · {w.betweennessSkipped ?? rho(w.betweennessSpearman)}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
