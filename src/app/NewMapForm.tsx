// Start a new, empty map: a title and a scope (personal care map, community map, service map).
import { useId, useState } from 'react';

import { LabelSchema, MAP_SCOPES, type MapScope } from '../model';
import { createNewMap } from './mapActions';
import { useServices } from './services';

export function NewMapForm({ onCreated }: { readonly onCreated: () => void }) {
  const services = useServices();
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<MapScope>('community');
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const scopeId = useId();

  return (
    <form
      className="new-map"
      aria-label="New map"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = LabelSchema.safeParse(title);
        if (!parsed.success) {
          setError(`The title ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
          return;
        }
        await createNewMap(services, parsed.data, scope);
        onCreated();
      }}
    >
      <h3>New map</h3>
      <label htmlFor={titleId}>Title</label>
      <input
        id={titleId}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        data-testid="new-map-title"
        aria-invalid={error !== null}
      />
      <label htmlFor={scopeId}>Scope</label>
      <select
        id={scopeId}
        value={scope}
        onChange={(e) => setScope(e.target.value as MapScope)}
        data-testid="new-map-scope"
      >
        {MAP_SCOPES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      {error !== null && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" data-testid="new-map-create">
        Create map
      </button>
    </form>
  );
}
