// "Size and colour nodes by": a choice of any node measure, and the legend of its scale (colour
// ramp or category swatches, and the sizes at the ends). Writes `measureStyle` to the store; the
// map view (and the graph view, once it reads it) draws nodes from it.
import { useId } from 'react';

import { NODE_MEASURES, type NodeMeasureId } from '../../analysis';
import { useAppStore } from '../../store';
import { formatValue, legendStops, measureScale } from '../look';

export function MeasurePicker() {
  const id = useId();
  const measureStyle = useAppStore((s) => s.measureStyle);
  const setMeasureStyle = useAppStore((s) => s.setMeasureStyle);
  const selected = measureStyle?.measure ?? '';

  return (
    <section className="measure-picker" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Size and colour nodes</h3>
      <label htmlFor={`${id}-select`}>By measure</label>
      <select
        id={`${id}-select`}
        data-testid="measure-select"
        value={selected}
        onChange={(e) => setMeasureStyle(e.target.value === '' ? null : (e.target.value as NodeMeasureId))}
      >
        <option value="">None (colour by kind)</option>
        {NODE_MEASURES.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
      {measureStyle !== null && <MeasureLegend measure={measureStyle.measure} values={measureStyle.values} />}
    </section>
  );
}

export function MeasureLegend({
  measure,
  values,
}: {
  measure: NodeMeasureId;
  values: Readonly<Record<string, number>>;
}) {
  const definition = NODE_MEASURES.find((m) => m.id === measure);
  const count = Object.keys(values).length;
  if (count === 0) {
    return (
      <p className="measure-legend-empty" data-testid="measure-legend">
        {definition?.pathBased === true
          ? 'Computing this measure…'
          : 'No node has a value for this measure yet.'}
      </p>
    );
  }
  const scale = measureScale(measure, values);
  const stops =
    scale.kind === 'categorical'
      ? Array.from({ length: Math.min(8, scale.max - scale.min + 1) }, (_, i) => ({
          value: scale.min + i,
          colour: scale.colour(scale.min + i),
          size: scale.size(scale.min + i),
        }))
      : legendStops(scale, 5);
  return (
    <figure className="measure-legend" data-testid="measure-legend">
      <figcaption>
        {definition?.label ?? measure}: {definition?.description}
      </figcaption>
      {scale.kind === 'sequential' ? (
        <>
          <div
            className="measure-ramp"
            aria-hidden="true"
            style={{ background: `linear-gradient(to right, ${stops.map((s) => s.colour).join(', ')})` }}
          />
          <ol className="measure-stops">
            {stops.map((s) => (
              <li key={s.value}>
                <span
                  className="measure-dot"
                  aria-hidden="true"
                  style={{ background: s.colour, width: s.size / 2, height: s.size / 2 }}
                />
                {formatValue(s.value)}
              </li>
            ))}
          </ol>
          <p className="measure-note">
            Darker and smaller = lower; yellower and larger = higher. {count} nodes.
          </p>
        </>
      ) : (
        <ol className="measure-stops">
          {stops.map((s) => (
            <li key={s.value}>
              <span
                className="measure-dot"
                aria-hidden="true"
                style={{ background: s.colour, width: 12, height: 12 }}
              />
              Community {formatValue(s.value)}
            </li>
          ))}
          {scale.max - scale.min + 1 > 8 && <li>Colours repeat after eight communities.</li>}
        </ol>
      )}
    </figure>
  );
}
