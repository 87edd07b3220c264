// The one-page printout of a person's support network, for them to keep or bring to the next
// meeting (domain §9: a printable map for people who do not use digital tools): the title and
// date, the rings and sectors with everyone on them as the screen draws them, the legend, and
// where support is thin. People are named or shown by initials as chosen; the centre's needs
// that speak of health are left out unless chosen.
import { PDFDocument } from 'pdf-lib';

import { analyzeSupport, type SupportFinding } from '../analysis';
import { type SupportScene, supportSceneOf } from '../look';
import {
  type CareMap,
  displayName,
  isHealthCare,
  type LabelMode,
  personalMapTitle,
  SUPPORT_RINGS,
  withDisplayNames,
} from '../model';
import { embedFonts, type FontFiles } from './fonts';
import { drawLegend } from './legend';
import { type Box, drawNetwork, fitFrame, type Frame, onPage } from './network';
import { type PaperSize, paperOf } from './paper';
import { drawCircle, drawLine, drawText, measureText, type Sheet, sheetOf } from './sheet';
import { clampLines, wrapText } from './wrap';

export interface SupportPdfOptions {
  readonly paper: PaperSize;
  readonly labelMode: LabelMode;
  /** Include findings about the centre's health needs (HEALTH_CARE_TYPES). Default false. */
  readonly includeHealth?: boolean;
  /** Draw people linked only through someone else (default true). */
  readonly showIndirect?: boolean;
  /** The date printed, e.g. "5 December 2026". */
  readonly date: string;
  readonly fonts: FontFiles;
}

const MARGIN = 36;
const GUIDE = '#9A9A9A';

/** The findings printed: every one, less those about a health need unless chosen. */
export function printedFindings(findings: readonly SupportFinding[], includeHealth: boolean): SupportFinding[] {
  return findings.filter((f) => includeHealth || f.careType === undefined || !isHealthCare(f.careType));
}

/** Ring guides (each band's outer edge), their names on the upward axis, sector lines and names. */
function drawGuides(sheet: Sheet, scene: SupportScene, frame: Frame): void {
  const centre = onPage(frame, { x: 0, y: 0 });
  const bands = scene.layout.bands.filter((b) => b.lanes.length > 0);
  for (const band of bands) {
    drawCircle(sheet, centre, band.outer * frame.scale, { stroke: GUIDE, strokeWidth: 0.75, line: band.ring === 'beyond' ? 'dotted' : 'dashed' });
    const label = SUPPORT_RINGS.find((r) => r.id === band.ring)?.label ?? band.ring;
    drawText(sheet, label, { x: centre.x + 3, y: centre.y - band.outer * frame.scale + 8 }, { size: 6.5, colour: '#5A5A5A' });
  }
  const outer = scene.radius * frame.scale;
  const inner = (bands[0]?.inner ?? 0) * frame.scale;
  for (const arc of scene.layout.sectors) {
    const dx = Math.sin(arc.start);
    const dy = -Math.cos(arc.start);
    drawLine(sheet, { x: centre.x + dx * inner, y: centre.y + dy * inner }, { x: centre.x + dx * outer, y: centre.y + dy * outer }, { colour: GUIDE, width: 0.5 });
    const mid = (arc.start + arc.end) / 2;
    const at = { x: centre.x + Math.sin(mid) * (outer + 4), y: centre.y - Math.cos(mid) * (outer + 4) };
    drawText(sheet, arc.label, { x: at.x, y: at.y + (Math.cos(mid) < 0 ? 9 : 0) }, { size: 7.5, weight: 'bold', colour: '#3A3A3A', align: Math.sin(mid) > 0 ? 'left' : 'right' });
  }
}

/** The findings, wrapped, as many as fit in `box`; the last line says how many were left out. */
function drawFindings(sheet: Sheet, findings: readonly SupportFinding[], box: Box): void {
  const size = 8.5;
  const line = size * 1.3;
  drawText(sheet, 'Where support is thin', { x: box.x, y: box.y + 11 }, { size: 11, weight: 'bold' });
  let y = box.y + 11 + line * 1.4;
  const measure = (s: string) => measureText(sheet, s, { size });
  const bottom = box.y + box.height;
  if (findings.length === 0) drawText(sheet, 'Nothing to note yet.', { x: box.x, y }, { size });
  for (let i = 0; i < findings.length; i++) {
    const lines = clampLines(wrapText((findings[i] as SupportFinding).sentence, box.width - 10, measure), 3, box.width - 10, measure);
    if (y + lines.length * line > bottom - (i < findings.length - 1 ? line : 0)) {
      drawText(sheet, `…and ${findings.length - i} more in the app.`, { x: box.x, y }, { size, colour: '#4A4A4A' });
      return;
    }
    drawText(sheet, '•', { x: box.x, y }, { size });
    lines.forEach((text, k) => drawText(sheet, text, { x: box.x + 10, y: y + k * line }, { size }));
    y += lines.length * line + 3;
  }
}

/** The printout of `centre`'s support network as PDF bytes. Throws when there is no such person. */
export async function supportNetworkPdf(doc: CareMap, centre: string, options: SupportPdfOptions): Promise<Uint8Array> {
  const scene = supportSceneOf(doc, centre, { labelMode: options.labelMode, showIndirect: options.showIndirect ?? true });
  if (scene === null || scene.centre.kind !== 'person') throw new Error(`No person "${centre}" on this map.`);
  const pdf = await PDFDocument.create();
  const fonts = await embedFonts(pdf, options.fonts);
  const paper = paperOf(options.paper);
  const sheet = sheetOf(pdf.addPage([paper.width, paper.height]), fonts);
  const name = displayName(scene.centre, options.labelMode);
  const title = personalMapTitle(name);
  pdf.setTitle(title);
  pdf.setCreator('Carewealth');
  pdf.setProducer('Carewealth');
  const width = paper.width - 2 * MARGIN;
  drawText(sheet, title, { x: MARGIN, y: MARGIN + 16 }, { size: 18, weight: 'bold' });
  drawText(sheet, `Drawn on ${options.date}`, { x: MARGIN, y: MARGIN + 32 }, { size: 9, colour: '#4A4A4A' });

  // The drawing: a square as wide as the page allows and at most about half its height.
  const side = Math.min(width, paper.height * 0.5);
  const drawingBox: Box = { x: MARGIN + (width - side) / 2 + 40, y: MARGIN + 46, width: side - 80, height: side - 30 };
  const r = scene.radius + scene.layout.pitch / 2;
  const frame = fitFrame({ minX: -r, minY: -r, maxX: r, maxY: r }, drawingBox, 2);
  drawGuides(sheet, scene, frame);
  const badges = new Map([...scene.gives].map(([id, kinds]) => [id, String(kinds.length)]));
  drawNetwork(sheet, { look: scene.look, positions: scene.positions, tieIds: scene.tieIds, badges }, frame, {
    fontSize: Math.max(5.5, Math.min(8, frame.scale * 11)),
    nodeScale: 0.8,
  });

  let y = drawingBox.y + drawingBox.height + 18;
  drawText(sheet, 'The number beside a person: how many kinds of care they give.', { x: MARGIN, y }, { size: 7.5, colour: '#4A4A4A' });
  y += 8;
  y += drawLegend(sheet, scene.look.legend, { x: MARGIN, y, width, height: 0 }, { columns: 3, fontSize: 7 }) + 6;

  const report = analyzeSupport(withDisplayNames(doc, options.labelMode), centre);
  const findings = printedFindings(report?.findings ?? [], options.includeHealth ?? false);
  drawFindings(sheet, findings, { x: MARGIN, y, width, height: paper.height - MARGIN - y });
  return pdf.save();
}
