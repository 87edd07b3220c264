// Search the map by name or tag (model `searchNodes`). `/` focuses the box; the best matches
// show in a list; Enter (or a click) selects a match and tells the view (`onFound`), which
// centres it.
import { useMemo, useState } from 'react';

import { searchNodes } from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';

/** The search box's element id, so the `/` shortcut can focus it. */
export const SEARCH_INPUT_ID = 'graph-search';

/** The button that opens the search box on a narrow toolbar (SearchControl). */
export const SEARCH_BUTTON_TEST_ID = 'search-button';

/**
 * Focus the search box if it is on screen, or open it where it sits behind a button (it takes
 * the focus as it opens); returns whether either was there.
 */
export function focusSearch(): boolean {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
    return true;
  }
  const button = document.querySelector(`[data-testid="${SEARCH_BUTTON_TEST_ID}"]`);
  if (!(button instanceof HTMLElement)) return false;
  button.click();
  return true;
}

const SHOWN = 8;

export interface SearchBoxProps {
  /** A match was chosen (and selected): the view brings it into sight. */
  readonly onFound: (id: string) => void;
  /** Take the focus on mount (the box opened from a button). */
  readonly autoFocus?: boolean;
}

export function SearchBox({ onFound, autoFocus = false }: SearchBoxProps) {
  const doc = useAppStore(selectDocument);
  const store = useAppStoreApi();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => (doc === null ? [] : searchNodes(doc, query, SHOWN)), [doc, query]);

  function choose(index: number) {
    const node = matches[index];
    if (node === undefined) return;
    store.getState().select({ nodeIds: [node.id] });
    onFound(node.id);
  }

  const listId = 'graph-search-results';
  const open = query.trim() !== '';
  return (
    <div className="search-box" role="search">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        aria-label="Search by name or tag"
        placeholder="Search (/)"
        role="combobox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `search-hit-${active}` : undefined}
        data-testid="graph-search"
        autoFocus={autoFocus}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape') {
            setQuery('');
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      {open && (
        <ul id={listId} className="listbox-popup search-results" role="listbox" aria-label="Matches" data-testid="search-results">
          {matches.length === 0 ? (
            <li className="muted" role="option" aria-selected={false} aria-disabled="true">
              No match
            </li>
          ) : (
            matches.map((n, i) => (
              <li
                key={n.id}
                id={`search-hit-${i}`}
                role="option"
                aria-selected={i === active}
                data-testid="search-result"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                {n.label}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
