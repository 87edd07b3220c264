// Search in the graph toolbar: the search box itself where the toolbar is wide, or a Search
// button that opens it beside the button where it is not (a chosen match closes it again).
import { PopoverButton } from '../../ui/PopoverButton';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { SEARCH_BUTTON_TEST_ID, SearchBox } from './SearchBox';

/** From this window width the search box sits in the toolbar. */
const INLINE_QUERY = '(min-width: 1700px)';

export function SearchControl({ onFound }: { readonly onFound: (id: string) => void }) {
  const inline = useMediaQuery(INLINE_QUERY);
  if (inline) return <SearchBox onFound={onFound} />;
  return (
    <PopoverButton
      label={<span className="button-text optional">Search</span>}
      ariaLabel="Search by name or tag"
      icon="search"
      testId={SEARCH_BUTTON_TEST_ID}
      panelLabel="Search"
    >
      {(close) => (
        <div className="search-panel">
          <SearchBox
            autoFocus
            onFound={(id) => {
              onFound(id);
              close();
            }}
          />
        </div>
      )}
    </PopoverButton>
  );
}
