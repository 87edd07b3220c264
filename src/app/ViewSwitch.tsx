// The view switch in the top bar: a tab per view on a wide screen; on a narrower one (and in
// workshop mode) the primary views keep their tabs and the rest are listed under "More", whose
// button names the view when one of them is showing. Views come from the one list in views.tsx.
import { useAppStore } from '../store';
import { ButtonGroup } from '../ui/ButtonGroup';
import { MenuButton, MenuItem } from '../ui/Menu';
import { useMediaQuery } from '../ui/useMediaQuery';
import { VIEWS } from './views';

/**
 * From this window width every view has its own tab (outside workshop mode): the ten tabs take
 * about 885 px, and beside them Undo and Redo, the actions and the File menu (about 600 px) and
 * the title block (about 335 px: the title at its least, its save status and the storage note).
 */
const ALL_TABS_QUERY = '(min-width: 1880px)';

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
      <ButtonGroup
        className="view-tabs"
        kind="tab"
        label="View"
        options={shown.map((v) => ({ value: v.id, label: v.label, testId: `view-${v.id}` }))}
        value={activeView}
        onChange={setActiveView}
      />
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
