// Where one node is: latitude and longitude and how precisely it may be shown (people default to
// approximate, because their homes are sensitive), or "not placed". A location needs both numbers,
// so a half-typed place is held here until the other number arrives and only then stored.
import { memo, useState } from 'react';

import { type CareNode, LatLngSchema, LOCATION_PRIVACIES, type LocationPrivacy } from '../../model';
import { refusalMessage, useAppStoreApi } from '../../store';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { checkNumber, defaultPrivacy, numberText } from './edits';
import { toOptions } from './options';

const PRIVACY_OPTIONS = toOptions(LOCATION_PRIVACIES);

export const LocationFields = memo(function LocationFields({ node }: { readonly node: CareNode }) {
  const store = useAppStoreApi();
  const [pending, setPending] = useState<{ lat?: number; lng?: number }>({});
  const location = node.location;

  function place(key: 'lat' | 'lng', text: string): string | null {
    const checked = checkNumber(LatLngSchema.shape[key], text);
    if (!checked.ok) return checked.message;
    if (checked.value === undefined) {
      if (location === undefined) {
        setPending((p) => ({ ...p, [key]: undefined }));
        return null;
      }
      return 'To remove the place, use “Remove location”.';
    }
    const next = { lat: location?.lat ?? pending.lat, lng: location?.lng ?? pending.lng, [key]: checked.value };
    if (next.lat === undefined || next.lng === undefined) {
      setPending(next);
      return null;
    }
    const result = store.getState().setLocation(node.id, {
      lat: next.lat,
      lng: next.lng,
      privacy: location?.privacy ?? defaultPrivacy(node.kind),
    });
    setPending({});
    return refusalMessage(result);
  }

  return (
    <div className="field-group" data-testid="inspector-location">
      <h3>Location</h3>
      {location === undefined && (
        <p className="muted" data-testid="inspector-not-placed">
          Not placed{pending.lat !== undefined || pending.lng !== undefined ? ' (enter both numbers)' : ''}.
        </p>
      )}
      <div className="pair">
        <TextField
          label="Latitude"
          inputMode="decimal"
          value={numberText(location?.lat ?? pending.lat)}
          testId="inspector-lat"
          onCommit={(t) => place('lat', t)}
        />
        <TextField
          label="Longitude"
          inputMode="decimal"
          value={numberText(location?.lng ?? pending.lng)}
          testId="inspector-lng"
          onCommit={(t) => place('lng', t)}
        />
      </div>
      {location !== undefined && (
        <>
          <SelectField
            label="Shown on maps as"
            value={location.privacy}
            options={PRIVACY_OPTIONS}
            testId="inspector-privacy"
            onCommit={(v) => {
              const result = store.getState().setLocation(node.id, { ...location, privacy: v as LocationPrivacy });
              return refusalMessage(result);
            }}
          />
          <button
            type="button"
            data-testid="inspector-unplace"
            onClick={() => store.getState().setLocation(node.id, undefined)}
          >
            Remove location
          </button>
        </>
      )}
    </div>
  );
});
