// "Export PNG" for reports: the map view as drawn (basemap, overlays, the care network, with
// privacy already applied, since only display positions are ever drawn), plus a footer line with
// the map title, the date and the basemap credits, which a report has to keep.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Height of the footer strip in CSS pixels. */
const FOOTER_PX = 28;

/** Wait for the next frame MapLibre draws, so the canvas holds the current view. */
function nextRender(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('render', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * The map as a PNG, with a footer line `footer` (plain text) under it. The canvas is copied in the
 * render event, while its drawing buffer still holds the frame. Rejects only if the browser cannot
 * encode the image.
 */
export async function exportMapPng(map: MapLibreMap, footer: string): Promise<Blob> {
  await nextRender(map);
  const source = map.getCanvas();
  const ratio = source.width / Math.max(1, source.clientWidth || source.width);
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height + Math.round(FOOTER_PX * ratio);
  const ctx = out.getContext('2d');
  if (ctx === null) throw new Error('This browser cannot draw the export image.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, 0, 0);
  ctx.fillStyle = '#3b3833';
  ctx.font = `${Math.round(12 * ratio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(
    footer,
    Math.round(8 * ratio),
    source.height + Math.round((FOOTER_PX / 2) * ratio),
    out.width - 16 * ratio,
  );
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  );
}
