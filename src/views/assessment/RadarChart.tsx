// A partner's ten capacities on a radar chart, drawn by hand in SVG: one spoke per dimension, rings
// for the readiness levels, the latest assessment filled and the one before it (if any) dashed, so
// change shows. Unrated or words-only dimensions sit at the centre and say so in the table that
// follows the chart (the accessible fallback, with the same numbers).
import { CAPACITY_DIMENSIONS, type CapacityAssessment, levelOf } from '../../model';
import { ChartSvg } from '../../ui/ChartSvg';

export interface RadarChartProps {
  readonly title: string;
  readonly levels: readonly string[];
  readonly latest: CapacityAssessment;
  readonly previous?: CapacityAssessment;
}

const SIZE = 420;
const C = SIZE / 2;
const R = 130;

function point(i: number, level: number, top: number): [number, number] {
  const angle = -Math.PI / 2 + (i * 2 * Math.PI) / CAPACITY_DIMENSIONS.length;
  const r = (Math.max(0, level) / top) * R;
  return [C + r * Math.cos(angle), C + r * Math.sin(angle)];
}

function shape(a: CapacityAssessment, top: number): string {
  return CAPACITY_DIMENSIONS.map((d, i) => point(i, levelOf(a, d.id) ?? 0, top).map((v) => v.toFixed(1)).join(',')).join(' ');
}

export function RadarChart({ title, levels, latest, previous }: RadarChartProps) {
  const top = levels.length;
  const name = (level: number | null) => (level === null ? 'not rated' : `${level} ${levels[level - 1] ?? ''}`.trim());
  return (
    <figure className="chart" data-testid="radar-chart">
      <ChartSvg
        title={title}
        description={CAPACITY_DIMENSIONS.map((d) => `${d.short}: ${name(levelOf(latest, d.id))}`).join('; ')}
        width={SIZE}
        height={SIZE}
      >
        {levels.map((_, k) => (
          <polygon
            key={k}
            className="grid"
            fill="none"
            points={CAPACITY_DIMENSIONS.map((_d, i) => point(i, k + 1, top).join(',')).join(' ')}
          />
        ))}
        {CAPACITY_DIMENSIONS.map((d, i) => {
          const [x, y] = point(i, top, top);
          const [lx, ly] = point(i, top + 0.55, top);
          return (
            <g key={d.id}>
              <line x1={C} y1={C} x2={x} y2={y} className="grid" />
              <text x={lx} y={ly} textAnchor={lx < C - 5 ? 'end' : lx > C + 5 ? 'start' : 'middle'} className="tick">
                {d.short}
              </text>
            </g>
          );
        })}
        {previous !== undefined && <polygon points={shape(previous, top)} className="radar-previous" data-testid="radar-previous" />}
        <polygon points={shape(latest, top)} className="radar-latest" data-testid="radar-latest" />
      </ChartSvg>
      <p className="legend">
        <span className="legend-item series-0">Latest ({latest.date})</span>
        {previous !== undefined && <span className="legend-item">Dashed: previous ({previous.date})</span>}
      </p>
      <table className="record-table chart-table">
        <caption>{title} (table)</caption>
        <thead>
          <tr>
            <th scope="col">Capacity</th>
            <th scope="col">Latest</th>
            {previous !== undefined && <th scope="col">Previous</th>}
          </tr>
        </thead>
        <tbody>
          {CAPACITY_DIMENSIONS.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              <td>{name(levelOf(latest, d.id))}</td>
              {previous !== undefined && <td>{name(levelOf(previous, d.id))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
