// The questions of guided mapping, changed for a team's own words: reword one, ask it earlier or
// later, or leave it out. They are saved with the map (each change one undo step); a question
// still word for word the default is marked as this app's local default (src/model/guided).
import { guidedPrompts, type GuidedPrompt } from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { TextField } from '../../ui/TextField';

/** Questions asked once per kind of care must keep where the kind of care goes. */
const CARE_SLOT = '{care}';

function asksPerCare(p: GuidedPrompt): boolean {
  return p.careTypes.length > 0 || p.includeNeeds;
}

export function GuidedPromptsEditor({ onDone }: { readonly onDone: () => void }) {
  const doc = useAppStore(selectDocument);
  const store = useAppStoreApi();
  if (doc === null) return null;
  const prompts = guidedPrompts(doc);
  const save = (next: readonly GuidedPrompt[]): string | null => {
    const result = store.getState().setGuidedPrompts(next);
    return result.ok ? null : result.reason;
  };
  const move = (from: number, to: number) => {
    const next = [...prompts];
    const [p] = next.splice(from, 1);
    if (p === undefined) return;
    next.splice(to, 0, p);
    save(next);
  };
  return (
    <section className="guided-prompts" aria-labelledby="guided-prompts-heading" data-testid="guided-prompts">
      <h2 id="guided-prompts-heading">The questions</h2>
      <p className="muted">
        Saved with this map. Where a question says {CARE_SLOT}, it is asked once for each kind of care.
      </p>
      <ol>
        {prompts.map((p, i) => (
          <li key={p.id} data-testid="guided-prompt" data-prompt-id={p.id}>
            <TextField
              label={`Question ${i + 1}${p.origin === 'local-default' ? ' (local default)' : ''}`}
              value={p.text}
              testId={`guided-prompt-text-${p.id}`}
              onCommit={(text) => {
                const trimmed = text.trim();
                if (trimmed === '') return 'Type the question, or leave it out.';
                if (asksPerCare(p) && !trimmed.includes(CARE_SLOT))
                  return `Keep ${CARE_SLOT} where the kind of care goes.`;
                return save(prompts.map((q) => (q.id === p.id ? { ...q, text: trimmed } : q)));
              }}
            />
            <div className="guided-prompt-actions">
              <button
                type="button"
                disabled={i === 0}
                aria-label={`Ask question ${i + 1} earlier`}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === prompts.length - 1}
                aria-label={`Ask question ${i + 1} later`}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                disabled={prompts.length === 1}
                data-testid={`guided-prompt-remove-${p.id}`}
                onClick={() => save(prompts.filter((q) => q.id !== p.id))}
              >
                Leave out
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="primary big" data-testid="guided-prompts-done" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
