// Domain scores as horizontal bars on the 1–5 scale, drawn by hand in SVG, with the band cut-offs
// marked. Accessible: the SVG has a title and description, and the same numbers follow in a
// table. Only group aggregates are drawn; a group with too few responses shows no bar.
import { useId } from 'react';

import type { Aggregate, ScoringSettings } from '../../model';
import { describeAggregate } from './format';

export interface ChartBar {
  readonly label: string;
  readonly value: Aggregate;
}

export interface DomainChartProps {
  readonly title: string;
  readonly bars: readonly ChartBar[];
  readonly settings: Pick<ScoringSettings, 'lowBelow' | 'highAbove'>;
  readonly testId?: string;
}

const W = 520;
const LABEL_W = 200;
const ROW_H = 28;
const PAD = 24;
const x = (v: number) => LABEL_W + ((v - 1) / 4) * (W - LABEL_W - 16);

export function DomainChart({ title, bars, settings, testId }: DomainChartProps) {
  const id = useId();
  const h = PAD * 2 + bars.length * ROW_H;
  return (
    <figure className="chart" data-testid={testId}>
      <svg role="img" aria-labelledby={`${id}-t ${id}-d`} viewBox={`0 0 ${W} ${h}`} width="100%" style={{ maxWidth: W }}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>
          {bars.map((b) => `${b.label}: ${describeAggregate(b.value)}`).join('; ')}
        </desc>
        <rect x={x(1)} y={PAD - 6} width={x(settings.lowBelow) - x(1)} height={h - 2 * PAD + 12} className="band-low" />
        <rect x={x(settings.highAbove)} y={PAD - 6} width={x(5) - x(settings.highAbove)} height={h - 2 * PAD + 12} className="band-high" />
        {[1, 2, 3, 4, 5].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={PAD - 6} y2={h - PAD + 6} className="grid" />
            <text x={x(t)} y={h - 6} textAnchor="middle" className="tick">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const y = PAD + i * ROW_H;
          return (
            <g key={b.label}>
              <text x={LABEL_W - 8} y={y + ROW_H / 2 + 4} textAnchor="end" className="bar-label">
                {b.label}
              </text>
              {b.value.kind === 'score' ? (
                <rect x={x(1)} y={y + 5} width={Math.max(1, x(b.value.score) - x(1))} height={ROW_H - 10} className={`bar bar-${b.value.band}`} />
              ) : (
                <text x={x(1) + 4} y={y + ROW_H / 2 + 4} className="tick">
                  {b.value.message}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table className="record-table chart-table">
        <caption>{title} (table)</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{describeAggregate(b.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
