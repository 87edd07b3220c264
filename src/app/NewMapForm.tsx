// Start a new map: a scope (personal care map, community map, service map) and a title. A
// personal care map is about one person, so it asks for them first: they are put at the centre,
// the title defaults to "… 's support network", and their support network is shown.
import { useId, useState } from 'react';

import { LabelSchema, MAP_SCOPES, type MapScope, personalMapTitle } from '../model';
import { createNewMap } from './mapActions';
import { useServices } from './services';
import { FormError } from '../ui/FormError';

export function NewMapForm({ onCreated }: { readonly onCreated: () => void }) {
  const services = useServices();
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<MapScope>('community');
  const [person, setPerson] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const scopeId = useId();
  const personId = useId();
  const personal = scope === 'personal';

  return (
    <form
      className="new-map"
      aria-label="New map"
      onSubmit={async (e) => {
        e.preventDefault();
        if (personal) {
          const name = LabelSchema.safeParse(person.trim());
          if (!name.success || person.trim() === '') {
            setError('Say who the map is about first.');
            return;
          }
          const wanted = title.trim() === '' ? personalMapTitle(name.data) : title;
          const parsedTitle = LabelSchema.safeParse(wanted);
          if (!parsedTitle.success) {
            setError(`The title ${parsedTitle.error.issues[0]?.message ?? 'is not valid'}.`);
            return;
          }
          await createNewMap(services, parsedTitle.data, scope, name.data);
          onCreated();
          return;
        }
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
      <label htmlFor={scopeId}>Scope</label>
      <select id={scopeId} value={scope} onChange={(e) => setScope(e.target.value as MapScope)} data-testid="new-map-scope">
        {MAP_SCOPES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      {personal && (
        <>
          <label htmlFor={personId}>Who is the map about?</label>
          <input
            id={personId}
            value={person}
            onChange={(e) => setPerson(e.target.value)}
            data-testid="new-map-person"
            placeholder="Their name"
            aria-invalid={error !== null && person.trim() === ''}
          />
        </>
      )}
      <label htmlFor={titleId}>Title{personal ? ' (optional)' : ''}</label>
      <input
        id={titleId}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        data-testid="new-map-title"
        placeholder={personal && person.trim() !== '' ? personalMapTitle(person.trim()) : undefined}
        aria-invalid={error !== null && !personal}
      />
      <FormError message={error} />
      <button type="submit" className="primary" data-testid="new-map-create">
        Create map
      </button>
    </form>
  );
}
