// Browser tests for a live workshop against the real sync server (started here, on a free
// loopback port, serving the build under test): the host opens a room from the map, phones (their
// own browser contexts, phone-sized, touch) join with the code and add people and ties at once;
// a phone that goes offline keeps its additions and they merge when it is back; the server is
// killed mid-workshop and restarted with nothing lost; forged messages (an invalid node, a tie to
// a missing node, a 10 MB label, a wrong join code) are refused and leave the map as it was.
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { attachDoc, openSyncSocket, type SyncSocket } from '../../src/sync/client';
import { entriesMap, LOCAL_ORIGIN } from '../../src/sync/deviceDoc';
import { deviceDocName, mapDocName } from '../../src/sync/protocol';
import { useBrowser } from './browser';
import { LiveHostPage } from './pages/LiveHostPage';
import { PhonePage } from './pages/PhonePage';
import { SyncServerProcess } from './syncServer';

const session = useBrowser({ width: 1280, height: 800 });
const server = new SyncServerProcess();
const extraContexts: BrowserContext[] = [];

beforeAll(async () => {
  await server.start();
});
afterAll(async () => {
  await server.stop();
});
afterEach(async () => {
  for (const context of extraContexts.splice(0)) await context.close().catch(() => undefined);
});

async function phone(): Promise<PhonePage> {
  const context = await session.browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  extraContexts.push(context);
  return new PhonePage(await context.newPage());
}

/** Destroy a Node-side socket once it is connected (ws throws on closing one mid-handshake). */
async function closeSocket(socket: SyncSocket['socket']): Promise<void> {
  await expect.poll(() => socket.status, { timeout: 15_000 }).toBe('connected');
  socket.destroy();
}

async function hostWithRoom(): Promise<{ host: LiveHostPage; code: string }> {
  const host = new LiveHostPage(session.page());
  await host.open(server.url);
  const code = await host.startWorkshop();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  return { host, code };
}

describe('live workshop', () => {
  it('takes nodes and ties from two phones at once and shows both on the host, marked as arrived', async () => {
    const { host, code } = await hostWithRoom();
    const before = await host.document();
    const undoSteps = () => session.page().evaluate(() => window.__carewealth?.getState().history.past.length);
    const stepsBefore = await undoSteps();
    const [ann, bo] = await Promise.all([phone(), phone()]);
    await Promise.all([ann.join(server.url, code, 'Ann'), bo.join(server.url, code, 'Bo')]);
    expect(await host.connectedDevices()).toBe(2);

    await Promise.all([ann.addNode('group', 'Thursday Choir'), bo.addNode('space', 'Lime Tree Court garden')]);
    await Promise.all([host.waitForNode('Thursday Choir'), host.waitForNode('Lime Tree Court garden')]);
    // Each phone sees the other's addition on its map and ties itself to it, at the same time.
    await Promise.all([ann.addTie('give', 'Lime Tree Court garden', 'gift_time', 'weekly'), bo.addTie('receive', 'Thursday Choir', 'social', 'monthly')]);
    await Promise.all([host.waitForNode('Ann'), host.waitForNode('Bo')]);
    await expect.poll(async () => (await host.document()).ties.length, { timeout: 15_000 }).toBe(before.ties.length + 2);

    const doc = await host.document();
    const id = (label: string) => doc.nodes.find((n) => n.label === label)?.id;
    const newTies = doc.ties.slice(before.ties.length).map((t) => [t.source, t.target, t.careTypes, t.frequency]);
    expect(newTies).toEqual(
      expect.arrayContaining([
        [id('Ann'), id('Lime Tree Court garden'), ['gift_time'], 'weekly'],
        [id('Thursday Choir'), id('Bo'), ['social'], 'monthly'],
      ]),
    );
    expect(doc.nodes).toHaveLength(before.nodes.length + 4);
    const arrived = await host.arrivals();
    expect(arrived.filter((a) => a.state === 'applied')).toHaveLength(6);
    expect(arrived.map((a) => a.text).join('\n')).toContain('Ann helps Lime Tree Court garden');
    await expect.poll(() => ann.mine()).toEqual(expect.arrayContaining([{ label: 'Thursday Choir', state: 'on the map' }]));
    // What phones added is not an undo step of the host's.
    expect(await undoSteps()).toBe(stepsBefore);
  });

  it('keeps what an offline phone adds and merges it with the others’ when it is back', async () => {
    const { host, code } = await hostWithRoom();
    const [ann, bo] = await Promise.all([phone(), phone()]);
    await Promise.all([ann.join(server.url, code, 'Ann'), bo.join(server.url, code, 'Bo')]);

    await ann.page.context().setOffline(true);
    await ann.status.filter({ hasText: 'Offline' }).waitFor({ timeout: 20_000 });
    await ann.addNode('person', 'Neighbour at number 12');
    await ann.addNode('organisation', 'Food bank');
    await bo.addNode('person', 'Added while Ann was away');
    await host.waitForNode('Added while Ann was away');
    await session.page().waitForTimeout(1000);
    expect((await host.document()).nodes.some((n) => n.label === 'Food bank')).toBe(false);
    expect(await ann.mine()).toEqual(
      expect.arrayContaining([
        { label: 'Food bank', state: 'waiting for the shared screen' },
        { label: 'Neighbour at number 12', state: 'waiting for the shared screen' },
      ]),
    );

    await ann.page.context().setOffline(false);
    await Promise.all([host.waitForNode('Neighbour at number 12', 30_000), host.waitForNode('Food bank', 30_000)]);
    await expect.poll(() => ann.mapLabels(), { timeout: 15_000 }).toEqual(expect.arrayContaining(['Added while Ann was away', 'Food bank']));
  });

  it('loses nothing when the server is killed mid-workshop and started again', async () => {
    const { host, code } = await hostWithRoom();
    const ann = await phone();
    await ann.join(server.url, code, 'Ann');
    await ann.addNode('person', 'Before the crash');
    await host.waitForNode('Before the crash');
    await expect.poll(async () => (await host.app.saveState()).state, { timeout: 10_000 }).toBe('saved');

    // The facilitator's laptop steps away: what phones add now is only on the server (and phones).
    await session.page().goto('about:blank');
    await ann.addNode('group', 'Added while the host was away');
    await expect.poll(() => ann.mine(), { timeout: 10_000 }).toContainEqual({ label: 'Added while the host was away', state: 'waiting for the shared screen' });
    await session.page().waitForTimeout(500);
    await server.kill();
    await ann.addNode('space', 'Added while the server was down');
    await server.start();
    await ann.status.filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await ann.page.evaluate(() => document.querySelector('[data-testid="phone-status"]')?.textContent)) ?? '', { timeout: 15_000 }).toBe('Connected');
    await ann.page.context().close();

    await host.open(server.url);
    for (const label of ['Before the crash', 'Added while the host was away', 'Added while the server was down']) await host.waitForNode(label, 30_000);

    // A phone joining now sees the whole map, served from the restarted server.
    const late = await phone();
    await late.join(server.url, code, 'Late');
    await expect.poll(() => late.mapLabels(), { timeout: 15_000 }).toEqual(expect.arrayContaining(['Before the crash', 'Added while the server was down']));
  });

  it('refuses forged messages with a note and leaves the map unchanged', async () => {
    const { host, code } = await hostWithRoom();
    const ann = await phone();
    await ann.join(server.url, code, 'Ann');
    const { deviceKey, roomId } = await ann.credentials();
    const before = await host.document();

    // A forger with the phone's own key and the room's code writes straight into its document.
    const forger = openSyncSocket({ origin: server.url, who: { role: 'join', deviceKey, joinCode: code }, WebSocketPolyfill: WebSocket });
    const doc = new Y.Doc();
    const synced = new Promise<void>((resolve) => attachDoc(forger, deviceDocName(roomId, deviceKey), doc, { onSynced: resolve }));
    await synced;
    doc.transact(() => {
      entriesMap(doc).set('e-dragon', { id: 'e-dragon', seq: 100, at: 0, type: 'add-node', node: { id: 'n-dragon', kind: 'dragon', label: 'Smaug' } });
      entriesMap(doc).set('e-empty', { id: 'e-empty', seq: 101, at: 0, type: 'add-node', node: { id: 'n-empty', kind: 'person', label: '   ' } });
      entriesMap(doc).set('e-ghost', { id: 'e-ghost', seq: 102, at: 0, type: 'add-tie', tie: { id: 't-ghost', source: before.nodes[0]?.id, target: 'n-nobody', careTypes: [] } });
      entriesMap(doc).set('e-markup', { id: 'e-markup', seq: 103, at: 0, type: 'add-node', node: { id: 'n-markup', kind: 'person', label: '<img src=x onerror=alert(1)>' } });
    }, LOCAL_ORIGIN);
    await expect.poll(async () => (await host.arrivals()).filter((a) => a.state === 'refused').length, { timeout: 15_000 }).toBe(3);
    const refusals = (await host.arrivals()).filter((a) => a.state === 'refused').map((a) => a.text).join('\n');
    expect(refusals).toContain('node.kind');
    expect(refusals).toContain('label: must not be empty');
    expect(refusals).toContain('No node "n-nobody" in this map.');
    // Markup in a label is text: it arrives as a node whose label is that text, and runs nothing.
    await host.waitForNode('<img src=x onerror=alert(1)>');
    expect(await session.page().locator('img[src="x"]').count()).toBe(0);
    await expect.poll(() => ann.mine(), { timeout: 10_000 }).toContainEqual({ label: `${before.nodes[0]?.label} helps someone`, state: 'not added: No node "n-nobody" in this map.' });

    // A 10 MB label: the server closes the socket that carries it, and it never reaches the map.
    const big = new Y.Doc();
    const bigKey = `${deviceKey.slice(0, 20)}BIGBIGBIGBIG`;
    const bigSocket = openSyncSocket({ origin: server.url, who: { role: 'join', deviceKey: bigKey, joinCode: code }, WebSocketPolyfill: WebSocket });
    await new Promise<void>((resolve) => attachDoc(bigSocket, deviceDocName(roomId, bigKey), big, { onSynced: resolve }));
    big.transact(() => entriesMap(big).set('e-big', { id: 'e-big', seq: 0, at: 0, type: 'add-node', node: { id: 'n-big', kind: 'person', label: 'x'.repeat(10 * 1024 * 1024) } }), LOCAL_ORIGIN);

    // A wrong join code: refused by the server, and by the phone page.
    const wrongDoc = new Y.Doc();
    const wrong = openSyncSocket({ origin: server.url, who: { role: 'join', deviceKey: `${bigKey}W`, joinCode: 'AAAAAA' }, WebSocketPolyfill: WebSocket });
    const denied = await new Promise<string>((resolve) => attachDoc(wrong, mapDocName(roomId), wrongDoc, { onAuthenticationFailed: resolve }));
    expect(denied).toBe('wrong-join-code');
    const stranger = await phone();
    await stranger.page.goto(`${server.url}j`);
    await stranger.page.locator('[data-testid="join-code"]').fill('AAAAAA');
    await stranger.page.locator('[data-testid="join-submit"]').click();
    expect(await stranger.page.locator('[data-testid="join-error"]').textContent()).toBe('No open workshop has that code.');

    await session.page().waitForTimeout(1500);
    const after = await host.document();
    expect(after.nodes.map((n) => n.id)).toEqual([...before.nodes.map((n) => n.id), 'n-markup']);
    expect(after.ties).toEqual(before.ties);
    for (const s of [forger, bigSocket, wrong]) await closeSocket(s.socket);
  });
});
