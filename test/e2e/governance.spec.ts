// Browser tests for issue 6: create a circle with members and hats, record a proposal through
// consent, enter survey responses (one by the form, four from CSV) and see the domain bands, rate a
// partner and see its radar chart, and selecting a team in the graph opens its governance. The
// records are checked through the read-only test hook, and again after a reload (autosave).
import { describe, expect, it } from 'vitest';

import { appliesTo, DEFAULT_ITEM_BANK, type CareMap } from '../../src/model';
import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { GovernancePage } from './pages/GovernancePage';

const session = useBrowser();

const records = (doc: CareMap | null, type: string) => (doc?.records ?? []).filter((r) => r.type === type) as Record<string, unknown>[];

describe('governance, survey and partners', () => {
  it('creates a circle with members and hats and records a proposal through consent; all kept after a reload', async () => {
    const app = new AppPage(session.page());
    const gov = new GovernancePage(session.page());
    await app.open();
    await app.waitForSteadyDocument();
    await gov.show('governance');
    await gov.addCircle('Garden Circle');
    await gov.addNewMember('Aiyana');
    await gov.addNewMember('Bram');
    await gov.giveHat('Circle Facilitator', ['Aiyana']);
    await gov.giveHat('Circle Secretary', ['Aiyana', 'Bram']);
    expect(await gov.hatRow('circle.facilitator').getByTestId('hat-holders').textContent()).toBe('Aiyana');
    expect(await gov.hatRow('circle.secretary').getByTestId('hat-holders').textContent()).toBe('Aiyana, Bram');

    await gov.byTestId('proposal-title').fill('Seed swap at the library');
    await gov.byTestId('proposal-summary').fill('Hold a seed swap each spring');
    await gov.byTestId('proposal-add').click();
    await gov.byTestId('start-consent-round').click();
    const aiyana = gov.consentEntry('Aiyana');
    await aiyana.getByTestId('consent-response').selectOption('objection');
    await aiyana.getByTestId('consent-reason').fill('The library is shut on Saturdays');
    await aiyana.getByTestId('consent-resolution').selectOption('integrated');
    await aiyana.getByTestId('consent-resolution-note').fill('Hold it on a Thursday');
    await aiyana.getByTestId('consent-save').click();
    const bram = gov.consentEntry('Bram');
    await bram.getByTestId('consent-response').selectOption('consent');
    await bram.getByTestId('consent-save').click();
    await gov.byTestId('outcome-choice').selectOption('consented');
    await gov.byTestId('outcome-save').click();
    await expect.poll(() => gov.byTestId('proposal-status').textContent()).toBe('Consented');
    await app.waitForSaveAfter(await app.pageNow());

    await app.reload();
    const doc = await app.document();
    const circle = doc?.nodes.find((n) => n.label === 'Garden Circle');
    expect(circle?.kind).toBe('circle');
    const hats = records(doc, 'hatAssignment').filter((h) => h.context === circle?.id);
    expect(hats.map((h) => [h.hat, (h.holders as string[]).length])).toEqual([
      ['circle.facilitator', 1],
      ['circle.secretary', 2],
    ]);
    const proposal = records(doc, 'proposal')[0];
    expect([proposal?.status, proposal?.context]).toEqual(['consented', circle?.id]);
    expect((proposal?.consentRound as { response: string }[]).map((e) => e.response)).toEqual(['objection', 'consent']);
  });

  it('enters survey responses and shows the domain bands', async () => {
    const app = new AppPage(session.page());
    const gov = new GovernancePage(session.page());
    await app.open();
    await gov.show('survey');
    await gov.byTestId('round-label').fill('Spring');
    await gov.byTestId('round-add').click();
    await gov.byTestId('survey-title').waitFor();
    await expect.poll(() => gov.byTestId('scores-suppressed').textContent()).toContain('fewer than 5 responses');

    // One care worker by the form, four from a CSV; everyone answers "Agree" (4) to every statement.
    const form = gov.byTestId('response-form');
    const items = form.getByTestId('response-item');
    for (let i = 0; i < (await items.count()); i++) await items.nth(i).locator('input[value="4"]').check();
    await gov.byTestId('response-save').click();
    const asked = DEFAULT_ITEM_BANK.filter((i) => appliesTo(i, 'care_worker')).map((i) => i.id);
    // No date column: the rows take today's date, on or after the round opened.
    const csv = [`stakeholder,${asked.join(',')}`, ...Array.from({ length: 4 }, () => `care_worker,${asked.map(() => '4').join(',')}`)].join('\n');
    await gov.byTestId('responses-file').setInputFiles({ name: 'spring.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    // Hand-worked for a care worker answering 4 everywhere (reverse items count 2): Growth
    // (4 + 10/3 + 3 + 4 + 10/3)/5 = 53/15 = 3.53 high; WRB (10/3 + 10/3 + 4 + 10/3)/4 = 3.50
    // medium (the cut-off itself is medium); SMC (4 + 10/3 + 4 + 10/3)/4 = 11/3 = 3.67 high.
    await expect.poll(() => gov.domainScores()).toEqual({
      growth: '3.53 · High (n = 5)',
      wrb: '3.50 · Medium (n = 5)',
      smc: '3.67 · High (n = 5)',
    });
    expect(await gov.byTestId('domain-chart').locator('rect.bar').count()).toBe(3);
    expect(records(await app.document(), 'surveyResponse')).toHaveLength(5);
  });

  it('rates a partner and shows its radar chart', async () => {
    const app = new AppPage(session.page());
    const gov = new GovernancePage(session.page());
    await app.open();
    await gov.show('partners');
    await gov.page.locator('[data-testid="partner"][data-node-id="n-neighbours-together"]').click();
    await gov.byTestId('assessment-date').fill('2026-03-01');
    await gov.byTestId('level-stress_wellbeing').selectOption('1');
    await gov.byTestId('level-resources').selectOption('3');
    await gov.byTestId('assessment-save').click();
    await gov.byTestId('radar-chart').waitFor();
    const points = ((await gov.byTestId('radar-latest').getAttribute('points')) ?? '').split(' ');
    expect(points).toHaveLength(10);
    // Resources is the second spoke (36° right of straight up) at level 3 of 4: r = 97.5.
    expect(points[1]).toBe(`${(210 + 97.5 * Math.sin(Math.PI / 5)).toFixed(1)},${(210 - 97.5 * Math.cos(Math.PI / 5)).toFixed(1)}`);
    const assessment = records(await app.document(), 'capacityAssessment')[0];
    expect(assessment?.partner).toBe('n-neighbours-together');
    expect(await gov.byTestId('comparison-matrix').getByTestId('matrix-row').count()).toBe(1);
  });

  it('opens the governance of a team selected in the graph', async () => {
    const app = new AppPage(session.page());
    const gov = new GovernancePage(session.page());
    await app.open();
    await gov.byTestId('view-graph').click();
    await session.page().waitForFunction(() => window.__carewealth?.cy != null, undefined, { timeout: 30_000 });
    // Clicking a canvas pixel is brittle: fire the graph's own tap on the node instead.
    await session.page().evaluate(() => {
      window.__carewealth?.cy?.getElementById('n-team-ash').emit('tap');
    });
    await expect.poll(() => session.page().evaluate(() => window.__carewealth?.getState().selection.nodeIds)).toEqual(['n-team-ash']);
    await gov.show('governance');
    expect(await gov.byTestId('governance-title').textContent()).toBe('Team Ash (team)');
  });
});
