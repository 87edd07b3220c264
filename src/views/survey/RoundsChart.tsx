// Domain scores across survey rounds: one line per domain on the 1–5 scale, drawn by hand in SVG
// (points only where a round has a score), with a title, a description and a table of the same
// numbers. Aggregates only; never individual answers.
import { type RoundScores, SURVEY_DOMAINS } from '../../model';
import { ChartSvg } from '../../ui/ChartSvg';
import { DomainTableHead } from './DomainTableHead';
import { describeAggregate } from './format';

const W = 400;
const H = 220;
/** Room around the plot: the score ticks on the left, the round names below. */
const MARGIN = { top: 16, right: 16, bottom: 40, left: 36 };
const y = (v: number) => MARGIN.top + ((5 - v) / 4) * (H - MARGIN.top - MARGIN.bottom);

/** Round names run inwards at the ends of the axis: the first from its point, the last up to it. */
function anchorOf(i: number, count: number): 'start' | 'middle' | 'end' {
  if (count < 2) return 'middle';
  return i === 0 ? 'start' : i === count - 1 ? 'end' : 'middle';
}

export function RoundsChart({ title, rounds }: { title: string; rounds: readonly RoundScores[] }) {
  const step = rounds.length > 1 ? (W - MARGIN.left - MARGIN.right) / (rounds.length - 1) : 0;
  const x = (i: number) =>
    rounds.length > 1 ? MARGIN.left + i * step : (MARGIN.left + W - MARGIN.right) / 2;
  const aggregate = (r: RoundScores, d: number) =>
    r.overall.kind === 'scored' ? r.overall.domains[d]?.score : undefined;
  const text = (r: RoundScores, d: number) => {
    const a = aggregate(r, d);
    return a === undefined
      ? r.overall.kind === 'suppressed'
        ? `No score: ${r.overall.message}`
        : '—'
      : describeAggregate(a);
  };
  return (
    <figure className="chart rounds-chart" data-testid="rounds-chart">
      <div className="chart-with-legend">
        <ChartSvg
          title={title}
          description={rounds
            .map(
              (r) =>
                `${r.round.label}: ${SURVEY_DOMAINS.map((d, i) => `${d.label} ${text(r, i)}`).join(', ')}`,
            )
            .join('; ')}
          width={W}
          height={H}
        >
          {[1, 2, 3, 4, 5].map((t) => (
            <g key={t}>
              <line x1={MARGIN.left} x2={W - MARGIN.right} y1={y(t)} y2={y(t)} className="grid" />
              <text x={MARGIN.left - 8} y={y(t) + 4} textAnchor="end" className="tick">
                {t}
              </text>
            </g>
          ))}
          {rounds.map((r, i) => (
            // The first and last names run inwards, so neither is cut off at the chart's edge.
            <text
              key={r.round.id}
              x={x(i)}
              y={H - 16}
              textAnchor={anchorOf(i, rounds.length)}
              className="tick round-label"
            >
              {r.round.label}
            </text>
          ))}
          {SURVEY_DOMAINS.map((d, di) => {
            const points = rounds.flatMap((r, i) => {
              const a = aggregate(r, di);
              return a?.kind === 'score' ? [[x(i), y(a.score)] as const] : [];
            });
            return (
              <g key={d.id} className={`series series-${di}`}>
                {points.length > 1 && (
                  <polyline points={points.map((p) => p.join(',')).join(' ')} fill="none" />
                )}
                {points.map(([px, py], k) => (
                  <circle key={k} cx={px} cy={py} r={4} />
                ))}
              </g>
            );
          })}
        </ChartSvg>
        <ul className="legend chart-legend" aria-label="Domains" data-testid="rounds-legend">
          {SURVEY_DOMAINS.map((d, di) => (
            <li key={d.id} className={`legend-item series-${di}`}>
              <svg width="22" height="10" aria-hidden="true">
                <line x1="1" x2="21" y1="5" y2="5" strokeWidth="2" />
                <circle cx="11" cy="5" r="3.5" />
              </svg>
              {d.label}
            </li>
          ))}
        </ul>
      </div>
      <table className="record-table chart-table">
        <caption>{title} (table)</caption>
        <DomainTableHead first="Round" />
        <tbody>
          {rounds.map((r) => (
            <tr key={r.round.id}>
              <th scope="row">
                {r.round.label} <span className="muted">({r.round.opened})</span>
              </th>
              {SURVEY_DOMAINS.map((d, di) => (
                <td key={d.id}>{text(r, di)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
