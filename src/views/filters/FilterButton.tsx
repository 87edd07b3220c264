// "Filters": opens the filter panel beside the button; the button says how many nodes are shown
// when the filter hides some, in a fixed-width badge so the toolbar does not shift.
import { PopoverButton } from '../../ui/PopoverButton';
import { FilterPanel } from './FilterPanel';

export function FilterButton({ shown, total }: { readonly shown: number; readonly total: number }) {
  const filtered = shown !== total;
  return (
    <PopoverButton
      label={
        <>
          <span className="button-text optional">Filters</span>
          <span className={`count-badge${filtered ? '' : ' is-empty'}`} aria-hidden={!filtered}>
            {filtered ? shown : ''}
          </span>
        </>
      }
      ariaLabel={filtered ? `Filters: ${shown} of ${total} nodes shown` : 'Filters'}
      icon="filter"
      testId="filters-toggle"
      panelLabel="Filters"
    >
      {(close) => <FilterPanel onClose={close} />}
    </PopoverButton>
  );
}
