// "Picture" in the graph toolbar: save the current view as PNG or SVG, with title and legend.
import { useState } from 'react';

import { MenuButton, MenuItem } from '../../ui/Menu';

export interface ExportPictureMenuProps {
  /** Save the picture in this format (the view that draws it does the work). */
  readonly onSave: (format: 'png' | 'svg') => Promise<void>;
}

export function ExportPictureMenu({ onSave }: ExportPictureMenuProps) {
  const [error, setError] = useState<string | null>(null);
  const save = (format: 'png' | 'svg') => {
    setError(null);
    onSave(format).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <>
      <MenuButton label="Picture" icon="picture" testId="picture-button" className="workshop-hidden" menuLabel="Save picture">
        <MenuItem testId="picture-png" onAction={() => save('png')}>
          PNG image (.png)
        </MenuItem>
        <MenuItem testId="picture-svg" onAction={() => save('svg')}>
          SVG drawing (.svg)
        </MenuItem>
      </MenuButton>
      {error !== null && (
        <span role="alert" className="field-error">
          Could not save the picture: {error}
        </span>
      )}
    </>
  );
}
