// Domain scores as horizontal bars on the 1–5 scale, drawn by hand in SVG, with the band cut-offs
// marked. Accessible: the SVG has a title and description, and the same numbers follow in a
// table. Only group aggregates are drawn; a group with too few responses shows no bar.
import type { Aggregate, ScoringSettings } from '../../model';
import { ChartSvg } from '../../ui/ChartSvg';
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
const LINE_H = 15;
const PAD = 24;
/** Characters per label line at the 12 px label size within LABEL_W. */
const LABEL_CHARS = 26;
const x = (v: number) => LABEL_W + ((v - 1) / 4) * (W - LABEL_W - 16);

/** A label broken at spaces into lines of at most LABEL_CHARS (a longer word keeps its own line). */
export function wrapLabel(label: string, width = LABEL_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function DomainChart({ title, bars, settings, testId }: DomainChartProps) {
  // Full domain names, wrapped: each row is as tall as its label needs.
  const rows = bars.map((b) => {
    const lines = wrapLabel(b.label);
    return { bar: b, lines, height: Math.max(28, lines.length * LINE_H + 12) };
  });
  const tops = rows.map((_, i) => PAD + rows.slice(0, i).reduce((sum, r) => sum + r.height, 0));
  const h = PAD * 2 + rows.reduce((sum, r) => sum + r.height, 0);
  return (
    <figure className="chart" data-testid={testId}>
      <ChartSvg
        title={title}
        description={bars.map((b) => `${b.label}: ${describeAggregate(b.value)}`).join('; ')}
        width={W}
        height={h}
      >
        <rect
          x={x(1)}
          y={PAD - 6}
          width={x(settings.lowBelow) - x(1)}
          height={h - 2 * PAD + 12}
          className="band-low"
        />
        <rect
          x={x(settings.highAbove)}
          y={PAD - 6}
          width={x(5) - x(settings.highAbove)}
          height={h - 2 * PAD + 12}
          className="band-high"
        />
        {[1, 2, 3, 4, 5].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={PAD - 6} y2={h - PAD + 6} className="grid" />
            <text x={x(t)} y={h - 6} textAnchor="middle" className="tick">
              {t}
            </text>
          </g>
        ))}
        {rows.map(({ bar: b, lines, height }, i) => {
          const y = tops[i] ?? PAD;
          const first = y + height / 2 + 4 - ((lines.length - 1) * LINE_H) / 2;
          return (
            <g key={b.label}>
              <text x={LABEL_W - 8} y={first} textAnchor="end" className="bar-label">
                {lines.map((line, k) => (
                  <tspan key={k} x={LABEL_W - 8} y={first + k * LINE_H}>
                    {line}
                  </tspan>
                ))}
              </text>
              {b.value.kind === 'score' ? (
                <rect
                  x={x(1)}
                  y={y + height / 2 - 9}
                  width={Math.max(1, x(b.value.score) - x(1))}
                  height={18}
                  className={`bar bar-${b.value.band}`}
                />
              ) : (
                <text x={x(1) + 4} y={y + height / 2 + 4} className="tick">
                  {b.value.message}
                </text>
              )}
            </g>
          );
        })}
      </ChartSvg>
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
