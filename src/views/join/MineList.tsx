// What this phone added, newest first, with the facilitator's computer's answer to each: on the
// map, not taken (and why), taken back, or still on its way.
import type { PublishedMap } from '../../sync/mapDoc';
import type { MineItem } from './joinSession';

function describe(item: MineItem, map: PublishedMap): string {
  const e = item.entry;
  const name = (id: string) => map.nodes.get(id)?.label ?? 'someone';
  switch (e.type) {
    case 'add-node':
      return e.node.label;
    case 'add-tie':
      return `${name(e.tie.source)} helps ${name(e.tie.target)}`;
    case 'edit-node':
      return `Rename to ${e.label}`;
    case 'edit-tie':
      return 'Change a tie';
  }
}

function state(item: MineItem): string {
  const o = item.outcome;
  if (o === undefined) return 'waiting for the shared screen';
  if (o.state === 'applied') return 'on the map';
  if (o.state === 'retracted') return 'taken back';
  return `not added: ${o.reason ?? 'refused'}`;
}

export function MineList({ mine, map }: { readonly mine: readonly MineItem[]; readonly map: PublishedMap }) {
  if (mine.length === 0) return <p className="phone-card">You have not added anything yet.</p>;
  return (
    <ul className="phone-card phone-list" data-testid="phone-mine">
      {mine.map((item) => (
        <li key={item.entry.id} data-testid="phone-mine-item" data-state={item.outcome?.state ?? 'waiting'}>
          <span className="phone-node-label">{describe(item, map)}</span>
          <span className={`phone-state phone-state-${item.outcome?.state ?? 'waiting'}`}>{state(item)}</span>
        </li>
      ))}
    </ul>
  );
}
