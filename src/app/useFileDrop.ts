// Dropping files anywhere on the window opens them. While files are dragged over the window, a
// hint is shown; other drags (text, links) are left alone.
import { useEffect, useState } from 'react';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer !== null && [...event.dataTransfer.types].includes('Files');
}

/** Calls `onFiles` with dropped files; returns whether files are being dragged over the window. */
export function useFileDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    function handleEnter(event: DragEvent) {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    }
    function handleLeave(event: DragEvent) {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }
    function handleOver(event: DragEvent) {
      // Without preventDefault the browser would open the file itself instead of dropping it here.
      if (hasFiles(event)) event.preventDefault();
    }
    function handleDrop(event: DragEvent) {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      onFiles(files);
    }
    window.addEventListener('dragenter', handleEnter);
    window.addEventListener('dragleave', handleLeave);
    window.addEventListener('dragover', handleOver);
    window.addEventListener('drop', handleDrop);
    return () => {
      window.removeEventListener('dragenter', handleEnter);
      window.removeEventListener('dragleave', handleLeave);
      window.removeEventListener('dragover', handleOver);
      window.removeEventListener('drop', handleDrop);
    };
  }, [onFiles]);
  return dragging;
}
