// The one switch for a shared screen: workshop mode goes full screen (where the browser allows
// it), and the app switches to large labels, 44 px touch targets, high contrast and minimal
// chrome (useWorkshopMode applies it to the page). In workshop mode the same button, in the same
// place, reads "Exit workshop", so whoever is at the screen can always leave.
import { useAppStore } from '../../store';
import { Icon } from '../../ui/Icon';

/** Enter or leave full screen; quietly does nothing where the Fullscreen API is refused. */
export async function setFullscreen(on: boolean): Promise<void> {
  try {
    if (on && document.fullscreenElement === null && document.documentElement.requestFullscreen) {
      await document.documentElement.requestFullscreen();
    } else if (!on && document.fullscreenElement !== null) {
      await document.exitFullscreen();
    }
  } catch {
    // Not allowed here (an iframe, a test browser): the rest of workshop mode still applies.
  }
}

export function WorkshopToggle() {
  const workshop = useAppStore((s) => s.workshop);
  const setWorkshop = useAppStore((s) => s.setWorkshop);

  return (
    <button
      type="button"
      className="workshop-toggle"
      data-testid="workshop-toggle"
      title={workshop ? 'Leave workshop mode (W)' : 'Workshop mode: full screen, large labels and buttons, high contrast (W)'}
      onClick={() => {
        const next = !workshop;
        setWorkshop(next);
        void setFullscreen(next);
      }}
    >
      <Icon name={workshop ? 'close' : 'screen'} />
      <span className="button-text always">{workshop ? 'Exit workshop' : 'Workshop'}</span>
    </button>
  );
}
