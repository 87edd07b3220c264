// A text box that suggests matches as you type (WAI-ARIA combobox with a list box): ArrowDown and
// ArrowUp move through the suggestions, Enter picks one, Escape closes the list. Used to pick a
// node by name. The caller supplies the search, so this knows nothing of the store.
import { useId, useState } from 'react';

export interface ComboOption {
  readonly id: string;
  readonly label: string;
  /** A second line, e.g. the node's kind. */
  readonly hint?: string;
}

export interface ComboboxProps {
  readonly label: string;
  readonly search: (query: string) => readonly ComboOption[];
  /** The option currently chosen, or null. */
  readonly value: ComboOption | null;
  readonly onChange: (option: ComboOption | null) => void;
  readonly testId?: string;
  readonly invalid?: boolean;
}

export function Combobox({ label, search, value, onChange, testId, invalid = false }: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = open && query !== null ? search(query) : [];
  const current = options[Math.min(active, options.length - 1)];

  function pick(option: ComboOption | undefined) {
    if (option === undefined) return;
    onChange(option);
    setQuery(null);
    setOpen(false);
  }

  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current !== undefined ? `${id}-opt-${current.id}` : undefined}
        aria-invalid={invalid}
        autoComplete="off"
        data-testid={testId}
        value={query ?? value?.label ?? ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
          if (value !== null) onChange(null);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) {
              setOpen(true);
              setQuery(query ?? value?.label ?? '');
              return;
            }
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => Math.max(0, Math.min(options.length - 1, a + step)));
          } else if (e.key === 'Enter' && options.length > 0) {
            e.preventDefault();
            pick(current);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="listbox-popup combo-list" hidden={options.length === 0}>
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-opt-${o.id}`}
            role="option"
            aria-selected={i === Math.min(active, options.length - 1)}
            className="combo-option"
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
          >
            {o.label}
            {o.hint !== undefined && <span className="muted"> · {o.hint}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
