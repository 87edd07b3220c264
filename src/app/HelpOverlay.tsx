// The shortcuts help, opened with `?` or the toolbar's ? button: every entry of the shortcut
// registry, grouped, for facilitators at a shared screen.
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { SHORTCUTS, type ShortcutGroup } from './shortcuts';

const GROUPS: readonly ShortcutGroup[] = ['Editing', 'Canvas', 'Finding', 'Workshop'];

export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  const setOpen = useAppStore((s) => s.setHelpOpen);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)} testId="help-overlay">
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <section key={group} aria-label={group}>
            <h3>{group}</h3>
            <dl className="shortcut-list">
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.id} className="shortcut-row">
                  <dt>
                    <kbd>{s.keys}</kbd>
                  </dt>
                  <dd>{s.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="muted">On the canvas: double-click (or long-press) empty space to add a node; Shift-click or Shift-drag to select several; pinch or scroll to zoom.</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => setOpen(false)} data-testid="help-close">
          Close
        </button>
      </div>
    </Dialog>
  );
}
