// "Size and colour nodes by": a choice of any node measure, and the legend of its scale (colour
// ramp or category swatches, and the sizes at the ends), the same one the legend over the canvas
// shows. Writes `measureStyle` to the store; the graph and the map draw nodes from it (src/look).
import { useId, useMemo } from 'react';

import { NODE_MEASURES, type NodeMeasureId } from '../../analysis';
import { useAppStore } from '../../store';
import { MeasureScale } from '../legend/MeasureScale';
import { measureLegendOf } from '../../look';

export function MeasurePicker() {
  const id = useId();
  const measureStyle = useAppStore((s) => s.measureStyle);
  const setMeasureStyle = useAppStore((s) => s.setMeasureStyle);
  const selected = measureStyle?.measure ?? '';
  const legend = useMemo(() => (measureStyle === null ? null : measureLegendOf(measureStyle)), [measureStyle]);

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
      {legend !== null && <MeasureScale legend={legend} testId="measure-legend" />}
    </section>
  );
}
