// A measure's colour and size scale as the look's legend describes it (src/look legend.ts): a
// viridis ramp with five sized stops for quantities, swatches for communities, or why there is no
// scale yet. Shown in the legend over the canvas and under the measure picker, so both say what
// the nodes' colours mean.
import { type MeasureLegend, NO_VALUE } from '../../look';

export interface MeasureScaleProps {
  readonly legend: MeasureLegend;
  readonly testId: string;
}

export function MeasureScale({ legend, testId }: MeasureScaleProps) {
  if (legend.empty !== null)
    return (
      <p className="measure-legend-empty" data-testid={testId}>
        {legend.empty}
      </p>
    );
  const sequential = legend.scale === 'sequential';
  const swatches = legend.noValue ? [...legend.stops, NO_VALUE] : legend.stops;
  return (
    <figure className="measure-legend" data-testid={testId}>
      <figcaption>
        {legend.title}: {legend.description}
      </figcaption>
      {sequential && (
        <div
          className="measure-ramp"
          aria-hidden="true"
          style={{ background: `linear-gradient(to right, ${legend.stops.map((s) => s.colour).join(', ')})` }}
        />
      )}
      <ol className="measure-stops">
        {swatches.map((s) => (
          <li key={s.label}>
            <span
              className="measure-dot"
              aria-hidden="true"
              style={{ background: s.colour, width: sequential ? s.size / 2 : 12, height: sequential ? s.size / 2 : 12 }}
            />
            {s.label}
          </li>
        ))}
      </ol>
      {legend.note !== '' && <p className="measure-note">{legend.note}</p>}
    </figure>
  );
}
