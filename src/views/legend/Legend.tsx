// The legend over the canvas: what each shape, colour, letter, line and arrow means, the measure's
// scale when nodes are coloured by one, and any marks in use, all read from the look the canvas
// is drawn from. Toggled from the toolbar or with L, so it is always one click away.
import type { Legend as LegendModel, MarkEntry, TieEntry } from '../../look';
import { KindIcon } from './KindIcon';
import { MeasureScale } from './MeasureScale';

import './legend.css';

/** A short sample of a tie's line, with arrowheads as the canvas draws them. */
function TieSample({ entry }: { readonly entry: TieEntry }) {
  const dash = entry.line === 'dashed' ? '6 4' : entry.line === 'dotted' ? '1.5 3' : undefined;
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
      <line x1="5" y1="8" x2="39" y2="8" stroke={entry.colour} strokeWidth={entry.width} strokeDasharray={dash} />
      {entry.arrows !== 'none' && <polygon points="44,8 36,4 36,12" fill={entry.colour} />}
      {entry.arrows === 'both' && <polygon points="0,8 8,4 8,12" fill={entry.colour} />}
    </svg>
  );
}

/** A marked node's outline and badge, as the canvas draws them. */
function MarkSample({ entry }: { readonly entry: MarkEntry }) {
  const dash = entry.outline === 'dashed' ? '3 2' : undefined;
  return (
    <svg width="30" height="18" viewBox="0 0 30 18" aria-hidden="true" focusable="false">
      <circle cx="9" cy="9" r="7" fill="none" stroke={entry.colour} strokeWidth={2.5} strokeDasharray={dash} />
      {entry.outline === 'double' && <circle cx="9" cy="9" r="3.5" fill="none" stroke={entry.colour} strokeWidth={1.5} />}
      <text x="24" y="13" textAnchor="middle" fontSize="12" fontWeight="700" fill="#1B1B1B">
        {entry.badge}
      </text>
    </svg>
  );
}

export function Legend({ legend }: { readonly legend: LegendModel }) {
  return (
    <section className="legend floating-panel" aria-label="Legend" data-testid="legend">
      <h2>Legend</h2>
      {/* Kinds side by side, ties one a line: the legend stays low, so less of the map is under it. */}
      <ul className="legend-kinds">
        {legend.kinds.map((entry) => (
          <li key={entry.kind}>
            <KindIcon kind={entry.kind} size={18} fill={entry.colour} ink={entry.ink} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
      {legend.measure !== null && <MeasureScale legend={legend.measure} testId="legend-measure" />}
      <ul>
        {legend.ties.map((entry) => (
          <li key={entry.label}>
            <TieSample entry={entry} />
            <span>{entry.label}</span>
          </li>
        ))}
        {legend.marks.map((entry) => (
          <li key={entry.mark}>
            <MarkSample entry={entry} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
