// The phone page of a live workshop: type (or scan) the join code, then add to the room's map.
// A code in the address (`/j#code=ABC123`, what the QR code holds) is used at once.
import { useCallback, useEffect, useState } from 'react';

import type { PhoneMemory } from '../../sync/memory';
import { findRoom, JoinSession } from './joinSession';
import { LivePhone } from './LivePhone';

import './join.css';

function codeFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('code') ?? '';
}

export function JoinApp({ memory }: { readonly memory: PhoneMemory }) {
  const [code, setCode] = useState(codeFromHash);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [session, setSession] = useState<JoinSession | null>(null);

  const settle = useCallback(
    (room: Awaited<ReturnType<typeof findRoom>>, typed: string) => {
      setBusy(false);
      if ('error' in room) setError(room.error);
      else setSession(new JoinSession(room.roomId, room.title, typed, memory));
    },
    [memory],
  );

  async function join(typed: string) {
    setBusy(true);
    setError(null);
    settle(await findRoom(typed), typed);
  }

  useEffect(() => {
    const initial = codeFromHash();
    if (initial === '') return;
    let live = true;
    void findRoom(initial).then((room) => live && settle(room, initial));
    return () => {
      live = false;
    };
  }, [settle]);

  useEffect(() => () => session?.destroy(), [session]);

  if (session !== null) return <LivePhone session={session} />;
  return (
    <main className="phone">
      <h1>Join the workshop map</h1>
      <form
        className="phone-card"
        onSubmit={(e) => {
          e.preventDefault();
          void join(code);
        }}
      >
        <label htmlFor="join-code">Join code (on the shared screen)</label>
        <input
          id="join-code"
          data-testid="join-code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          inputMode="text"
          maxLength={12}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="phone-primary" disabled={busy || code.trim() === ''} data-testid="join-submit">
          {busy ? 'Joining…' : 'Join'}
        </button>
        {error !== null && (
          <p role="alert" className="phone-error" data-testid="join-error">
            {error}
          </p>
        )}
      </form>
      <p className="phone-note">Nothing you add leaves this room: it goes only to the facilitator’s computer.</p>
    </main>
  );
}
