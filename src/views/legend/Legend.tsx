// The legend over the canvas: what each shape, colour, letter, line and arrow means. Toggled from
// the toolbar or with L, so it is always one click away.
import { KindIcon } from '../graph/KindIcon';
import { type LegendEntry, legendEntries } from './legendEntries';

const ENTRIES = legendEntries();
const KINDS = ENTRIES.filter((e) => e.type === 'node');
const TIES = ENTRIES.filter((e) => e.type === 'tie');

/** A short sample of a tie's line, with arrowheads as the canvas draws them. */
function TieSample({ entry }: { readonly entry: Extract<LegendEntry, { type: 'tie' }> }) {
  const dash = entry.line === 'dashed' ? '6 4' : entry.line === 'dotted' ? '1.5 3' : undefined;
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
      <line x1="5" y1="8" x2="39" y2="8" stroke={entry.colour} strokeWidth={entry.width} strokeDasharray={dash} />
      {entry.arrows !== 'none' && <polygon points="44,8 36,4 36,12" fill={entry.colour} />}
      {entry.arrows === 'both' && <polygon points="0,8 8,4 8,12" fill={entry.colour} />}
    </svg>
  );
}

export function Legend() {
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <h2>Legend</h2>
      {/* Kinds side by side, ties one a line: the legend stays low, so less of the map is under it. */}
      <ul className="legend-kinds">
        {KINDS.map((entry) => (
          <li key={entry.label}>
            {entry.type === 'node' && <KindIcon kind={entry.kind} size={18} />}
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
      <ul>
        {TIES.map((entry) => (
          <li key={entry.label}>
            {entry.type === 'tie' && <TieSample entry={entry} />}
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
