// The paper sizes a report is printed on, in PDF points (1/72 inch), portrait.

export const PAPER_SIZES = [
  { id: 'a4', label: 'A4', width: 595.28, height: 841.89 },
  { id: 'letter', label: 'Letter', width: 612, height: 792 },
] as const;
export type PaperSize = (typeof PAPER_SIZES)[number]['id'];

/** Width and height of a paper size in points. */
export function paperOf(id: PaperSize): { readonly width: number; readonly height: number; readonly label: string } {
  return PAPER_SIZES.find((p) => p.id === id) ?? PAPER_SIZES[0];
}
