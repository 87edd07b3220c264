// "Picture" in the graph toolbar: save the current view as PNG or SVG, with title and legend.
import { useState } from 'react';

export interface ExportPictureMenuProps {
  /** Save the picture in this format (the view that draws it does the work). */
  readonly onSave: (format: 'png' | 'svg') => Promise<void>;
}

export function ExportPictureMenu({ onSave }: ExportPictureMenuProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = (format: 'png' | 'svg') => {
    setOpen(false);
    setError(null);
    onSave(format).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <span className="menu-wrap">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="picture-button"
        onClick={() => setOpen((o) => !o)}
      >
        Picture…
      </button>
      {open && (
        <ul className="menu" role="menu" aria-label="Save picture" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <li role="none">
            <button type="button" role="menuitem" data-testid="picture-png" onClick={() => save('png')}>
              PNG image (.png)
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="picture-svg" onClick={() => save('svg')}>
              SVG drawing (.svg)
            </button>
          </li>
        </ul>
      )}
      {error !== null && (
        <span role="alert" className="field-error">
          Could not save the picture: {error}
        </span>
      )}
    </span>
  );
}
