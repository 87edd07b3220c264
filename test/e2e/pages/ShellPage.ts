// Page object for the canvas-first shell as a facilitator meets it on a shared screen: switching
// views (through "More" when a view has no tab of its own), workshop mode, and the checks the
// shell promises at every window size: every control on screen reachable and not covered, large
// enough to hit, the canvas's share of the window, the graph's labels and where they lie. Touch
// gestures go through the DevTools protocol, as a finger would.
import type { CDPSession, Locator, Page } from 'playwright-core';
import { chooseView } from './topBar';

/** A control that failed a check, named so a failure says which. */
export interface ControlProblem {
  readonly control: string;
  readonly problem: string;
}

/** A drawn label: its node, its font size on screen (px) and its box on the page. */
export interface DrawnLabel {
  readonly id: string;
  readonly px: number;
  readonly box: { x1: number; y1: number; x2: number; y2: number };
}

/** What counts as a control: anything a person presses, types in or chooses from. */
const CONTROLS =
  'button, select, input:not([type="hidden"]):not([hidden]), textarea, a[href], [role="tab"], [role="menuitem"], [role="radio"], [role="switch"], [role="checkbox"]';

export class ShellPage {
  private cdp: CDPSession | null = null;

  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /** Show a view: its tab, or its item under "More" on a narrow screen or in workshop mode. */
  async showView(id: string): Promise<void> {
    await chooseView(this.page, id, (l) => this.tap(l));
  }

  /** Press a control the way the context does: a tap on a touch screen, else a click. */
  async tap(target: Locator): Promise<void> {
    const touch = await this.page.evaluate(() => navigator.maxTouchPoints > 0);
    if (touch) await target.tap();
    else await target.click();
  }

  async isWorkshop(): Promise<boolean> {
    return this.page.evaluate(() => (window.__carewealth?.getState() as { workshop: boolean }).workshop);
  }

  /**
   * Every visible control, each checked: its centre lies in the window (reachable, after
   * scrolling its own panel to it) and the element at its centre is itself or inside it (not
   * covered), and both its sides are at least `minTarget` px (WCAG 2.2 target size; 44 in
   * workshop mode). Returns the problems found.
   */
  async controlProblems(minTarget: number): Promise<ControlProblem[]> {
    return this.page.evaluate(
      ([selector, min]) => {
        const problems: { control: string; problem: string }[] = [];
        const name = (el: Element) =>
          el.getAttribute('data-testid') ??
          el.getAttribute('aria-label') ??
          ((el.textContent ?? '').trim().slice(0, 40) || el.tagName.toLowerCase());
        const all = [...document.querySelectorAll<HTMLElement>(selector)];
        for (const el of all) {
          // Not drawn at all (display none, hidden, or inside a closed <details>).
          if (!el.checkVisibility({ checkVisibilityCSS: true, contentVisibilityAuto: true })) continue;
          // Inputs the library keeps visually hidden for screen readers, and the file picker.
          if (el.closest('[data-react-aria-prevent-focus], .visually-hidden, [hidden]') !== null) continue;
          const first = el.getBoundingClientRect();
          if (first.width <= 1 && first.height <= 1) continue;
          // A control inside a label or a group of choices counts by the label it sits in.
          const target = el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'text' && el.closest('label') !== null ? el.closest('label')! : el;
          target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          const r = target.getBoundingClientRect();
          const cx = r.left + r.width / 2;
          const cy = r.top + r.height / 2;
          const label = name(el);
          if (cx < 0 || cy < 0 || cx > window.innerWidth || cy > window.innerHeight) {
            problems.push({ control: label, problem: `centre (${Math.round(cx)}, ${Math.round(cy)}) is outside the window` });
            continue;
          }
          const hit = document.elementFromPoint(cx, cy);
          if (hit === null || !(hit === target || target.contains(hit))) {
            const by = hit === null ? 'nothing' : `${hit.tagName.toLowerCase()}.${String(hit.className)} ${hit.getAttribute('data-testid') ?? ''}`;
            problems.push({ control: label, problem: `covered by ${by}` });
          }
          if (Math.min(r.width, r.height) < min - 0.5) {
            problems.push({ control: label, problem: `${Math.round(r.width)}×${Math.round(r.height)} px, under ${min} px` });
          }
        }
        return problems;
      },
      [CONTROLS, minTarget] as const,
    );
  }

  /** The share of the window the element takes (0..1). */
  async windowShare(testId: string): Promise<number> {
    const box = await this.byTestId(testId).boundingBox();
    const size = this.page.viewportSize();
    if (box === null || size === null) return 0;
    return (box.width * box.height) / (size.width * size.height);
  }

  /** The graph's drawn labels (nodes whose label text is not empty), in page pixels. */
  async drawnLabels(): Promise<DrawnLabel[]> {
    const origin = await this.byTestId('graph-canvas').boundingBox();
    if (origin === null) throw new Error('no graph canvas');
    const labels = await this.page.evaluate(() => {
      const cy = window.__carewealth!.cy!;
      const zoom = cy.zoom();
      const pan = cy.pan();
      return cy
        .nodes()
        .filter((n) => String(n.data('labelText') ?? '') !== '' && n.visible())
        .map((n) => {
          const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          return {
            id: n.id(),
            px: parseFloat(String(n.style('font-size'))) * zoom,
            box: { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y },
          };
        });
    });
    return labels.map((l) => ({
      ...l,
      box: { x1: l.box.x1 + origin.x, y1: l.box.y1 + origin.y, x2: l.box.x2 + origin.x, y2: l.box.y2 + origin.y },
    }));
  }

  /** Wait until the graph's labels have been chosen for the view it shows now. */
  async waitForLabels(): Promise<void> {
    await this.page.waitForFunction(() => {
      const cy = window.__carewealth?.cy;
      return cy != null && cy.nodes().some((n) => String(n.data('labelText') ?? '') !== '');
    });
    // labelDetail runs once a pan or zoom has settled (150 ms).
    await this.page.waitForTimeout(600);
  }

  /** Where a node is drawn, in page pixels. */
  async nodeAt(id: string): Promise<{ x: number; y: number }> {
    const o = await this.byTestId('graph-canvas').boundingBox();
    if (o === null) throw new Error('no graph canvas');
    const p = await this.page.evaluate((nodeId) => window.__carewealth!.cy!.getElementById(nodeId).renderedPosition(), id);
    return { x: o.x + p.x, y: o.y + p.y };
  }

  /** A finger pressed at `from`, moved in steps to `to`, and lifted. */
  async touchDrag(from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const cdp = this.cdp;
    const point = (p: { x: number; y: number }) => [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
    await this.page.waitForTimeout(120);
    for (let i = 1; i <= steps; i++) {
      const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
      await this.page.waitForTimeout(30);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}
