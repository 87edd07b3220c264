// '#rrggbb' colours as channels and back: the one place the look's colour arithmetic (viridis
// steps, contrast, tints on white, map mark images) reads and writes hex. Pure.

/** The red, green and blue channels (0–255) of a '#rrggbb' colour. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** '#rrggbb' (lower case) of three channels, each rounded to a whole number. */
export function rgbToHex(r: number, g: number, b: number): string {
  const hex = (c: number) => Math.round(c).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}
