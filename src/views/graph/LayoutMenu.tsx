// "Layout": a menu of the layouts; choosing one arranges the graph at once (one undo step, named
// after the layout). The last one chosen is what Shift+L runs again.
import type { LayoutId } from '../../store';
import { MenuButton, MenuItem } from '../../ui/Menu';
import { LAYOUT_LABELS } from './runLayout';

export function LayoutMenu({ onRun }: { readonly onRun: (id: LayoutId) => void }) {
  return (
    <MenuButton label="Layout" icon="layout" testId="layout-menu" className="workshop-hidden" menuLabel="Arrange the graph">
      {(Object.keys(LAYOUT_LABELS) as LayoutId[]).map((id) => (
        <MenuItem key={id} testId={`layout-${id}`} onAction={() => onRun(id)}>
          {LAYOUT_LABELS[id]}
        </MenuItem>
      ))}
    </MenuButton>
  );
}
