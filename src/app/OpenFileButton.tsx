// "Open…": a file picker accepting every format Carewealth reads (several files for CSV pairs).
import { useRef } from 'react';

import { acceptedExtensions } from './mapActions';

export function OpenFileButton({ onFiles }: { readonly onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid="open-file-button">
        Open…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={acceptedExtensions()}
        data-testid="open-file-input"
        aria-label="Open a map file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Clear so choosing the same file again still fires a change.
          e.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
