// Possible matches the comparison did not apply (same label, another kind; similar labels…),
// listed for a person to confirm; confirmed ones are applied by comparing again.
import { useState } from 'react';

import type { ConfirmedMatch, DiffResult } from '../../analysis';

const REASONS: Record<string, string> = {
  'same-id-other-node': 'same id, another label and kind',
  'several-candidates': 'one of several with this name',
  'same-label-other-kind': 'same name, another kind',
  'similar-label': 'similar name',
};

export function UncertainMatches({ matching, onConfirm }: { readonly matching: DiffResult['matching']; readonly onConfirm: (pairs: ConfirmedMatch[]) => void }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  if (matching.uncertain.length === 0) return null;
  const key = (a: string, b: string) => `${a}\u0000${b}`;
  return (
    <details className="uncertain-matches" data-testid="uncertain-matches" open>
      <summary>
        {matching.uncertain.length}
        {matching.uncertainTruncated ? '+' : ''} possible matches to confirm
      </summary>
      <ul>
        {matching.uncertain.map((m) => (
          <li key={key(m.a, m.b)}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(key(m.a, m.b))}
                onChange={() =>
                  setTicked((t) => {
                    const next = new Set(t);
                    if (!next.delete(key(m.a, m.b))) next.add(key(m.a, m.b));
                    return next;
                  })
                }
              />
              “{m.aLabel}” ({m.aKind}) is “{m.bLabel}” ({m.bKind}) — {REASONS[m.reason] ?? m.reason}
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={ticked.size === 0}
        onClick={() => onConfirm(matching.uncertain.filter((m) => ticked.has(key(m.a, m.b))).map((m) => ({ a: m.a, b: m.b })))}
      >
        Apply the ticked matches
      </button>
    </details>
  );
}
