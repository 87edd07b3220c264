// Choosing one side of a comparison: the open map as it is now, one of its snapshots, another map
// saved in this browser (My maps), or a file. Reading a file goes through io's one reader, so a
// file that is not a map is refused with its problems and nothing else changes.
import { type ChangeEvent, useEffect, useState } from 'react';

import { type FileInput, readMapFiles } from '../../io';
import { type CareMap, formatProblem } from '../../model';
import { FormError } from '../../ui/FormError';

/** A map saved in this browser, as the app lists and loads it (My maps). */
export interface SavedMaps {
  list(): Promise<readonly { readonly id: string; readonly title: string; readonly updatedAt: string }[]>;
  load(id: string): Promise<CareMap | null>;
}

export type StateChoice =
  | { readonly kind: 'now' }
  | { readonly kind: 'snapshot'; readonly id: string }
  | { readonly kind: 'saved'; readonly id: string; readonly title: string }
  | { readonly kind: 'file'; readonly name: string; readonly doc: CareMap };

export function choiceKey(c: StateChoice): string {
  return c.kind === 'now' ? 'now' : c.kind === 'file' ? `file:${c.name}` : `${c.kind}:${c.id}`;
}

export interface StatePickerProps {
  readonly label: string;
  readonly value: StateChoice;
  readonly snapshots: readonly { readonly id: string; readonly label: string; readonly takenAt: string }[];
  readonly savedMaps: SavedMaps;
  readonly currentMapId: string;
  readonly onChange: (choice: StateChoice) => void;
  readonly testId: string;
}

export function StatePicker({ label, value, snapshots, savedMaps, currentMapId, onChange, testId }: StatePickerProps) {
  const [saved, setSaved] = useState<readonly { id: string; title: string }[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    savedMaps.list().then(
      (list) => live && setSaved(list.filter((m) => m.id !== currentMapId)),
      () => live && setSaved([]),
    );
    return () => {
      live = false;
    };
  }, [savedMaps, currentMapId]);

  const handleSelect = (key: string) => {
    if (key === 'now') onChange({ kind: 'now' });
    else if (key.startsWith('snapshot:')) onChange({ kind: 'snapshot', id: key.slice('snapshot:'.length) });
    else if (key.startsWith('saved:')) {
      const id = key.slice('saved:'.length);
      onChange({ kind: 'saved', id, title: saved.find((m) => m.id === id)?.title ?? id });
    }
  };
  const handleFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length === 0) return;
    const inputs: FileInput[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const read = readMapFiles(inputs);
    if (!read.ok) {
      setFileError(read.problems.slice(0, 3).map(formatProblem).join('; '));
      return;
    }
    setFileError(null);
    onChange({ kind: 'file', name: files.map((f) => f.name).join(', '), doc: read.value });
  };

  return (
    <fieldset className="state-picker" data-testid={testId}>
      <legend>{label}</legend>
      <select value={choiceKey(value)} onChange={(e) => handleSelect(e.target.value)} aria-label={label} data-testid={`${testId}-select`}>
        <optgroup label="This map">
          <option value="now">Now</option>
          {snapshots.map((s) => (
            <option key={s.id} value={`snapshot:${s.id}`}>
              {s.label} ({s.takenAt})
            </option>
          ))}
        </optgroup>
        {saved.length > 0 && (
          <optgroup label="My maps">
            {saved.map((m) => (
              <option key={m.id} value={`saved:${m.id}`}>
                {m.title}
              </option>
            ))}
          </optgroup>
        )}
        {value.kind === 'file' && (
          <optgroup label="File">
            <option value={choiceKey(value)}>{value.name}</option>
          </optgroup>
        )}
      </select>
      <label className="file-choice">
        or a file…
        <input type="file" onChange={(e) => void handleFile(e)} data-testid={`${testId}-file`} />
      </label>
      <FormError message={fileError} />
    </fieldset>
  );
}
