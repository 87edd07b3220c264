// Browser tests for a person's support network (issue #12): on a 1024×768 touch screen, a
// six-person network built from nothing through guided mapping, every answer one undo step;
// dragging someone across a ring by mouse and by touch sets the closeness of their tie with the
// centre, and Undo puts it back; the printout is a real PDF naming the centre and every ring, by
// names or by initials; where support is thin names Mrs A.'s meals resting on Maud; "Show support
// network" from the inspector and by keyboard.
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { SUPPORT_RINGS } from '../../src/model';
import { pdfText } from '../helpers/pdfText';
import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { SupportPage } from './pages/SupportPage';

const session = useBrowser({ width: 1024, height: 768 }, { hasTouch: true });

const MRS_A = 'mrs-a-support-network.carewealth.json';

describe('support network', () => {
  it('builds a six-person network from nothing by guided mapping, by touch, each answer one undo step', async () => {
    const app = new AppPage(session.page());
    await app.open();
    const support = new SupportPage(session.page(), true);
    await support.newPersonalMap('Rose');
    const start = await support.document();
    expect(start.meta.scope).toBe('personal');
    expect(start.nodes.map((n) => n.label)).toEqual(['Rose']);
    const centre = start.meta.centreNodeId;

    await support.startGuided();
    expect(await support.question()).toBe('Who do you live with?');
    // Every answer is one undo step; moving between questions is none.
    const oneStep = async (answer: () => Promise<void>) => {
      const before = await support.undoSteps();
      await answer();
      await expect.poll(() => support.undoSteps()).toBe(before + 1);
    };
    const skipFollowUps = async () => {
      while (await support.byTestId('guided-skip').isVisible())
        await support.press(support.byTestId('guided-skip'));
    };
    await oneStep(() => support.name('Ann'));
    await oneStep(() => support.choose('family'));
    await oneStep(() => support.choose('inner'));
    const beforeNext = await support.undoSteps();
    await support.next();
    expect(await support.undoSteps()).toBe(beforeNext);
    expect(await support.question()).toBe('Who do you see most?');
    await oneStep(() => support.name('Bea'));
    await support.choose('friend');
    await support.choose('middle');
    await support.choose('weekly');
    await support.next();
    expect(await support.question()).toBe('Who helps you with meals & food?');
    // Typing a name already on the map offers it; picking it reuses the node.
    await support.byTestId('guided-name-input').fill('Be');
    await support.byTestId('guided-suggestion').first().waitFor();
    await support.name('Cal');
    await support.choose('neighbour');
    await support.choose('outer');
    await support.choose('daily');
    await support.choose('unpaid');
    await oneStep(() => support.hours(3));
    await oneStep(() => support.name('Bea'));
    await skipFollowUps();
    await support.next();
    await support.name('Dee');
    await skipFollowUps();
    await support.next();
    await support.name('Eve');
    await support.choose('paid_carer');
    await support.choose('middle');
    await support.choose('daily');
    await support.choose('paid');
    await support.hours(10);
    // Stop, and pick up where we were.
    const at = await support.question();
    await support.press(support.byTestId('guided-stop'));
    await support.openSide('guided');
    await support.press(support.byTestId('guided-start'));
    expect(await support.question()).toBe(at);
    // The guided panel covers the drawing on a small screen; close it to see everyone drawn.
    await support.next();
    await support.name('Fay');
    await support.choose('friend');
    await support.choose('outer');

    const doc = await support.document();
    const people = doc.nodes
      .filter((n) => n.id !== centre)
      .map((n) => n.label)
      .sort();
    expect(people).toEqual(['Ann', 'Bea', 'Cal', 'Dee', 'Eve', 'Fay']);
    const byLabel = new Map<string, string>(doc.nodes.map((n) => [n.label, n.id]));
    const withCentre = (label: string) =>
      doc.ties.filter((t) => {
        const ends: string[] = [t.source, t.target];
        return t.kind === 'care' && ends.includes(byLabel.get(label) ?? '') && ends.includes(centre ?? '');
      });
    expect(withCentre('Ann')[0]?.closeness).toBe('inner');
    expect(withCentre('Ann')[0]?.mutual).toBe(true);
    expect(doc.nodes.find((n) => n.label === 'Ann')?.roles).toEqual(['family']);
    const meals = withCentre('Cal')[0];
    expect([
      meals?.source,
      meals?.target,
      meals?.careTypes,
      meals?.frequency,
      meals?.payment,
      meals?.hoursPerWeek,
    ]).toEqual([byLabel.get('Cal'), centre, ['meals'], 'daily', 'gifted', 3]);
    // Bea, named again for meals, is one person with a second tie carrying meals.
    expect(
      withCentre('Bea').some((t) => t.careTypes.includes('meals') && t.source === byLabel.get('Bea')),
    ).toBe(true);
    expect(withCentre('Eve')[0]?.payment).toBe('paid');
    await support.press(support.byTestId('guided-stop'));
    // Everyone is drawn, each on their ring.
    for (const label of ['Ann', 'Bea', 'Cal', 'Dee', 'Eve', 'Fay'])
      await support.person(byLabel.get(label) ?? '').waitFor({ state: 'visible' });
    expect(await support.person(byLabel.get('Ann') ?? '').getAttribute('data-ring')).toBe('inner');
    expect(await support.person(byLabel.get('Fay') ?? '').getAttribute('data-ring')).toBe('outer');
    // Undo takes back one answer: Fay's ring (stopping for now was a step of its own).
    await support.press(app.page.locator('[data-testid="undo-button"]'));
    await support.press(app.page.locator('[data-testid="undo-button"]'));
    expect(await support.person(byLabel.get('Fay') ?? '').getAttribute('data-ring')).toBe('none');
    expect(session.pageErrors()).toEqual([]);
  });

  it('lets a team reword a question, saved with the map and one undo step', async () => {
    const app = new AppPage(session.page());
    await app.open();
    const support = new SupportPage(session.page(), true);
    await support.newPersonalMap('Rose');
    await support.openSide('guided');
    await support.press(support.byTestId('guided-edit-prompts'));
    const field = support.byTestId('guided-prompt-text-live-with');
    expect(await field.inputValue()).toBe('Who do you live with?');
    // A question asked per kind of care must keep its {care}.
    const perCare = support.byTestId('guided-prompt-text-helps-with');
    await perCare.fill('Who helps you?');
    await perCare.press('Enter');
    await support.page.getByText('Keep {care} where the kind of care goes.').waitFor();
    await perCare.press('Escape');
    const before = await support.undoSteps();
    await field.fill('Who lives with you at home?');
    await field.press('Enter');
    await expect.poll(() => support.undoSteps()).toBe(before + 1);
    await support.press(support.byTestId('guided-prompts-done'));
    await support.press(support.byTestId('guided-start'));
    expect(await support.question()).toBe('Who lives with you at home?');
    expect(session.pageErrors()).toEqual([]);
  });

  it('sets closeness by dragging across a ring, by mouse and by touch; Undo restores it', async () => {
    const app = new AppPage(session.page());
    await app.open();
    const support = new SupportPage(session.page());
    await support.openSample(MRS_A);
    await support.show();
    await support.dismissBackupReminder();
    const closeness = async (tie: string) =>
      (await support.document()).ties.find((t) => t.id === tie)?.closeness;
    expect(await closeness('t-care-a-tom-ash-owner')).toBe('outer');
    await support.dragWithMouse('n-a-tom', await support.pointTowards('n-a-tom', 'inner', 0.6));
    await expect.poll(() => closeness('t-care-a-tom-ash-owner')).toBe('inner');
    expect(await support.person('n-a-tom').getAttribute('data-ring')).toBe('inner');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => closeness('t-care-a-tom-ash-owner')).toBe('outer');

    // By touch: Nadia from the middle ring to the inner one.
    expect(await closeness('t-care-nadia-ash-owner')).toBe('middle');
    await support.dragWithTouch('n-nadia', await support.pointTowards('n-nadia', 'inner', 0.6));
    await expect.poll(() => closeness('t-care-nadia-ash-owner')).toBe('inner');
    await support.press(app.page.locator('[data-testid="undo-button"]'));
    await expect.poll(() => closeness('t-care-nadia-ash-owner')).toBe('middle');
    // Nothing to tap is under 44 px.
    const tom = await support.personBox('n-a-tom');
    expect(2 * tom.r).toBeGreaterThanOrEqual(44);
    expect(session.pageErrors()).toEqual([]);
  });

  it('prints a one-page PDF that names the centre and shows every ring', async () => {
    const app = new AppPage(session.page());
    await app.open();
    const support = new SupportPage(session.page());
    await support.openSample(MRS_A);
    await support.show();
    const download = await support.printPdf('a4');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await download.path();
    const bytes = new Uint8Array(await readFile(path));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = await pdfText(bytes);
    expect(pages).toHaveLength(1);
    const text = (pages[0] ?? []).join('\n');
    expect(text).toContain("Mrs A.'s support network");
    for (const ring of SUPPORT_RINGS) expect(text).toContain(ring.label);
    expect(text).toContain('Where support is thin');
    expect(text).toContain('Maud');

    // By initials, for a screen others can see: the same switch as the drawing, on the PDF too.
    await support.press(support.byTestId('label-initials'));
    expect(await support.person('n-maud').getAttribute('aria-label')).toMatch(/^M\.:/);
    const byInitials = await pdfText(
      new Uint8Array(await readFile(await (await support.printPdf('letter')).path())),
    );
    expect(byInitials).toHaveLength(1);
    const initialsText = (byInitials[0] ?? []).join('\n');
    expect(initialsText).toContain("A.'s support network");
    expect(initialsText).not.toContain('Maud');
    expect(initialsText).toContain('Care worker');
    expect(session.pageErrors()).toEqual([]);
  });

  it("says where Mrs A.'s support is thin: her meals rest on Maud, who is over capacity", async () => {
    const app = new AppPage(session.page());
    await app.open();
    const support = new SupportPage(session.page(), true);
    await support.openSample(MRS_A);
    await support.show();
    await support.dismissBackupReminder();
    await support.openSide('findings');
    const meals = support
      .byTestId('support-findings')
      .locator('[data-testid="support-finding"][data-finding-type="need-one-giver"]');
    await expect
      .poll(() => meals.allTextContents())
      .toEqual([
        'Only one person helps Mrs A. with meals & food: Maud (over capacity: 11 hours a week against 10).',
      ]);
    const strain = support
      .byTestId('support-findings')
      .locator('[data-testid="support-finding"][data-finding-type="over-capacity"]');
    expect(await strain.allTextContents()).toEqual([
      'Maud gives 11 hours a week of care against a capacity of 10; 7 of those hours go to Mrs A.',
    ]);
    // Tapping the finding picks out Maud in the drawing; tapping again lets go.
    await support.press(meals.locator('button'));
    await expect.poll(() => support.person('n-maud').getAttribute('data-state')).toBe('highlighted');
    expect(await support.person('n-a-tom').getAttribute('data-state')).toBe('dimmed');
    await support.press(meals.locator('button'));
    await expect.poll(() => support.person('n-maud').getAttribute('data-state')).not.toBe('highlighted');
    expect(session.pageErrors()).toEqual([]);
  });

  it("shows anyone's support network from the inspector, and by keyboard alone with S", async () => {
    const app = new AppPage(session.page());
    await app.open();
    const support = new SupportPage(session.page());
    // Larkspur Green, a neighbourhood map: choose Maud in the table, then the inspector's button.
    await support.press(support.byTestId('view-table'));
    await support.byTestId('table-filter').fill('Maud');
    await support.page
      .locator('[data-testid="table-grid-row"][data-node-id="n-maud"] [data-col="label"]')
      .click();
    await support.press(support.byTestId('inspector-support'));
    await support.byTestId('support-drawing').waitFor({ state: 'visible' });
    expect(await support.byTestId('support-centre').inputValue()).toBe('n-maud');
    expect(await support.person('n-maud').getAttribute('data-ring')).toBe('centre');
    // By keyboard: focus Mrs A. in Maud's network, Enter selects her, S shows her network.
    await support.person('n-ash-owner').focus();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('s');
    await expect.poll(() => support.byTestId('support-centre').inputValue()).toBe('n-ash-owner');
    expect(await support.person('n-ash-owner').getAttribute('data-ring')).toBe('centre');
    expect(await support.person('n-maud').getAttribute('data-ring')).not.toBe('centre');
    expect(session.pageErrors()).toEqual([]);
  });
});
