// The view switch in the top bar: a tab per view on a wide screen; on a narrower one (and in
// workshop mode) the primary views keep their tabs and the rest are listed under "More", whose
// button names the view when one of them is showing. Views come from the one list in views.tsx.
import { useAppStore, type ViewId } from '../store';
import { MenuButton, MenuItem } from '../ui/Menu';
import { useMediaQuery } from '../ui/useMediaQuery';
import { VIEWS } from './views';

/** From this window width every view has its own tab (outside workshop mode). */
const ALL_TABS_QUERY = '(min-width: 1500px)';

export function ViewSwitch() {
  const activeView = useAppStore((s) => s.activeView);
  const setActiveView = useAppStore((s) => s.setActiveView);
  const workshop = useAppStore((s) => s.workshop);
  const wide = useMediaQuery(ALL_TABS_QUERY);
  const shown = wide && !workshop ? VIEWS : VIEWS.filter((v) => v.primary && (!workshop || v.id !== 'table'));
  const rest = VIEWS.filter((v) => !shown.includes(v));
  const restActive = rest.find((v) => v.id === activeView);
  return (
    <nav className="view-switch" aria-label="Views">
      <div role="tablist" aria-label="View" className="view-tabs">
        {shown.map((v) => (
          <ViewTab key={v.id} id={v.id} label={v.label} active={activeView === v.id} onSelect={setActiveView} />
        ))}
      </div>
      {rest.length > 0 && (
        <MenuButton
          label={restActive?.label ?? 'More'}
          ariaLabel={restActive === undefined ? 'More views' : `More views (showing ${restActive.label})`}
          className={restActive === undefined ? undefined : 'is-current'}
          testId="view-more"
          menuLabel="More views"
        >
          {rest.map((v) => (
            <MenuItem key={v.id} testId={`view-${v.id}`} onAction={() => setActiveView(v.id)}>
              {v.label}
            </MenuItem>
          ))}
        </MenuButton>
      )}
    </nav>
  );
}

function ViewTab(props: {
  readonly id: ViewId;
  readonly label: string;
  readonly active: boolean;
  readonly onSelect: (id: ViewId) => void;
}) {
  return (
    <button
      type="button"
      role="tab"
      aria-selected={props.active}
      data-testid={`view-${props.id}`}
      onClick={() => props.onSelect(props.id)}
    >
      {props.label}
    </button>
  );
}
