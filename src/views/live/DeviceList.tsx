// Who is connected: each phone that joined, by the name it gave, whether it is online now, and a
// way to remove it (it is disconnected and cannot join this workshop again).
import type { HostDevice } from './hostSession';

export function DeviceList({ devices, onRemove }: { readonly devices: readonly HostDevice[]; readonly onRemove: (deviceKey: string) => void }) {
  const shown = devices.filter((d) => !d.removed);
  const online = shown.filter((d) => d.connected).length;
  return (
    <section className="live-devices" aria-label="Phones" data-testid="live-devices">
      <h3>
        Phones: {online} connected{shown.length > online ? `, ${shown.length - online} away` : ''}
      </h3>
      <ul>
        {shown.map((d, i) => (
          <li key={d.deviceKey} data-testid="live-device" data-connected={d.connected}>
            <span className={d.connected ? 'live-dot live-dot-on' : 'live-dot'} aria-hidden="true" />
            <span className="live-device-name">{d.name !== '' ? d.name : `Phone ${i + 1}`}</span>
            <span className="live-device-state">{d.connected ? 'connected' : 'away'}</span>
            <button type="button" onClick={() => onRemove(d.deviceKey)} data-testid="live-device-remove">
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
