// What arrived from phones, newest first, so the facilitator sees what changed on the map: each
// entry with the phone it came from and whether it was added, refused (with the reason) or taken
// back. "Show" selects an arrived node or tie on the map; the map marks what arrived (the look's
// `arrived` mark) until "Clear marks".
import { asNodeId, asTieId, type CareMap } from '../../model';
import { useAppStore, useAppStoreApi } from '../../store';
import type { Arrival } from '../../sync/hostEngine';
import type { HostDevice } from './hostSession';

function what(a: Arrival, doc: CareMap | null): string {
  const e = a.entry;
  if (e === null) return 'Something unreadable';
  if (e.type === 'add-node') return `${e.node.label.slice(0, 60)} (${e.node.kind === 'space' ? 'place' : e.node.kind})`;
  const name = (id: string) => doc?.nodes.find((n) => n.id === id)?.label.slice(0, 40) ?? 'someone';
  if (e.type === 'add-tie') return `${name(e.tie.source)} helps ${name(e.tie.target)}`;
  if (e.type === 'edit-node') return `Rename to ${e.label.slice(0, 60)}`;
  return 'A changed tie';
}

export function ArrivalList({ arrivals, devices }: { readonly arrivals: readonly Arrival[]; readonly devices: readonly HostDevice[] }) {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.document);
  const marked = useAppStore((s) => s.arrivalMarks.size);
  const nameOf = (key: string) => {
    const i = devices.findIndex((d) => d.deviceKey === key);
    return devices[i]?.name || `Phone ${i + 1}`;
  };
  return (
    <section className="live-arrivals" aria-label="Arrived from phones" data-testid="live-arrivals">
      <h3>Arrived from phones ({arrivals.filter((a) => a.state === 'applied').length})</h3>
      {marked > 0 && (
        <button type="button" onClick={() => store.getState().clearArrivalMarks()} data-testid="live-clear-marks">
          Clear marks on the map ({marked})
        </button>
      )}
      {arrivals.length === 0 && <p>Nothing yet.</p>}
      <ol>
        {arrivals.slice(0, 50).map((a) => (
          <li key={`${a.entryId}-${a.at}`} data-testid="live-arrival" data-state={a.state}>
            <span className="live-arrival-what">{what(a, doc)}</span>
            <span className="live-arrival-from">from {nameOf(a.deviceKey)}</span>
            <span className={`live-arrival-state live-arrival-${a.state}`}>
              {a.state === 'applied' ? 'added' : a.state === 'retracted' ? 'taken back' : `refused: ${a.reason ?? ''}`}
            </span>
            {a.state === 'applied' && a.entry !== null && (a.entry.type === 'add-node' || a.entry.type === 'add-tie') && (
              <button
                type="button"
                onClick={() =>
                  a.entry?.type === 'add-node'
                    ? store.getState().select({ nodeIds: [asNodeId(a.entry.node.id)], tieIds: [] })
                    : a.entry?.type === 'add-tie' && store.getState().select({ nodeIds: [], tieIds: [asTieId(a.entry.tie.id)] })
                }
              >
                Show
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
