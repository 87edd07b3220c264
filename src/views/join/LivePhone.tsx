// A joined phone: who you are, what you can add, the room's map, and what you added (with the
// facilitator's answer to each). Undo and Redo act on this phone's own additions only.
import { useState, useSyncExternalStore } from 'react';

import { AddForms } from './AddForms';
import type { JoinSession, JoinSnapshot } from './joinSession';
import { MineList } from './MineList';
import { PhoneMap } from './PhoneMap';

type Tab = 'add' | 'map' | 'mine';

function statusText(s: JoinSnapshot): string {
  if (s.status === 'online') return s.unsynced > 0 ? 'Sending…' : 'Connected';
  if (s.status === 'connecting') return 'Connecting…';
  if (s.status === 'offline') return 'Offline: what you add is kept and sent when you are back';
  if (s.status === 'removed') return 'The facilitator removed this phone from the workshop';
  return 'The workshop has ended';
}

export function LivePhone({ session }: { readonly session: JoinSession }) {
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [tab, setTab] = useState<Tab>('add');
  const [nameDraft, setNameDraft] = useState(snap.name);
  const over = snap.status === 'ended' || snap.status === 'removed';
  const locked = snap.settings?.locked === true;

  return (
    <main className="phone">
      <header className="phone-head">
        <h1 data-testid="phone-title">{snap.title}</h1>
        <p className={`phone-status phone-status-${snap.status}`} data-testid="phone-status" role="status">
          {statusText(snap)}
        </p>
      </header>
      {over ? (
        <section className="phone-card">
          <h2>What you added</h2>
          <MineList mine={snap.mine} map={snap.map} />
        </section>
      ) : (
        <>
          {snap.name === '' && (
            <form
              className="phone-card"
              onSubmit={(e) => {
                e.preventDefault();
                if (nameDraft.trim() !== '') session.setName(nameDraft);
              }}
            >
              <label htmlFor="phone-name">Your name or initials</label>
              <input id="phone-name" data-testid="phone-name" value={nameDraft} maxLength={80} onChange={(e) => setNameDraft(e.target.value)} />
              <button type="submit" className="phone-primary" data-testid="phone-name-save">
                Save
              </button>
            </form>
          )}
          {locked && <p className="phone-locked" role="status">The facilitator has locked the map for now.</p>}
          <nav className="phone-tabs" aria-label="Workshop">
            {(['add', 'map', 'mine'] as const).map((t) => (
              <button key={t} type="button" aria-pressed={tab === t} onClick={() => setTab(t)} data-testid={`phone-tab-${t}`}>
                {t === 'add' ? 'Add' : t === 'map' ? `Map (${snap.map.nodes.size})` : `Mine (${snap.mine.length})`}
              </button>
            ))}
          </nav>
          {tab === 'add' && <AddForms session={session} snapshot={snap} disabled={locked} />}
          {tab === 'map' && <PhoneMap map={snap.map} settings={snap.settings} />}
          {tab === 'mine' && <MineList mine={snap.mine} map={snap.map} />}
          <div className="phone-undo">
            <button type="button" disabled={!snap.canUndo} onClick={() => session.undo()} data-testid="phone-undo">
              Undo
            </button>
            <button type="button" disabled={!snap.canRedo} onClick={() => session.redo()} data-testid="phone-redo">
              Redo
            </button>
          </div>
        </>
      )}
    </main>
  );
}
