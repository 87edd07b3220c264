// The room's map on a phone: everyone and everything on it, grouped by kind, each with the ties
// that leave it ("gives meals to Maud, weekly"). Names or initials, as the facilitator chose.
import { FREQUENCIES, labelOf, NODE_KINDS } from '../../model';
import type { PublishedMap, WorkshopSettings } from '../../sync/mapDoc';

export function PhoneMap({ map, settings }: { readonly map: PublishedMap; readonly settings: WorkshopSettings | null }) {
  const careLabel = (id: string) => settings?.careTypes.find((c) => c.id === id)?.label ?? id;
  const nameOf = (id: string) => map.nodes.get(id)?.label ?? '…';
  if (map.nodes.size === 0) return <p className="phone-card">The map is empty so far.</p>;
  return (
    <section className="phone-card" data-testid="phone-map">
      <h2>On the map{settings?.labels === 'initials' ? ' (people by initials)' : ''}</h2>
      {NODE_KINDS.map((kind) => {
        const nodes = [...map.nodes].filter(([, n]) => n.kind === kind.id).sort((a, b) => a[1].label.localeCompare(b[1].label));
        if (nodes.length === 0) return null;
        return (
          <div key={kind.id}>
            <h3>{kind.label}</h3>
            <ul className="phone-list">
              {nodes.map(([id, n]) => {
                const gives = [...map.ties.values()].filter((t) => t.source === id && t.kind === 'care');
                return (
                  <li key={id} data-testid="phone-map-node">
                    <span className="phone-node-label">{n.label}</span>
                    {gives.map((t, i) => (
                      <span key={i} className="phone-tie">
                        helps {nameOf(t.target)}
                        {t.careTypes.length > 0 ? ` with ${t.careTypes.map(careLabel).join(', ')}` : ''}
                        {t.frequency !== undefined ? `, ${labelOf(FREQUENCIES, t.frequency).toLowerCase()}` : ''}
                      </span>
                    ))}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
