// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { MyMapsDialog } from '../../src/app/MyMapsDialog';
import type { CareMap } from '../../src/model';
import { makeMap, person } from '../helpers/build';
import { makeServices, renderWith } from './harness';

afterEach(cleanup);

function stored(id: string, title: string, updatedAt: string): CareMap {
  const doc = makeMap([person(`${id}-a`), person(`${id}-b`)], [], title);
  return { ...doc, id: id as CareMap['id'], meta: { ...doc.meta, updatedAt } };
}

describe('My maps dialog', () => {
  it('lists maps and asks before deleting, naming the map; Cancel keeps it', async () => {
    const services = makeServices();
    await services.repo.saveMap(stored('map-a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    await services.repo.saveMap(stored('map-b', 'Beta <b>street</b>', '2026-01-05T00:00:00.000Z'));
    renderWith(services, <MyMapsDialog onClose={vi.fn()} />);

    const dialog = await screen.findByRole('dialog', { name: 'My maps' });
    const items = await within(dialog).findAllByTestId('my-maps-item');
    expect(items.map((li) => (within(li).getByTestId('my-maps-title') as HTMLInputElement).value)).toEqual([
      'Beta <b>street</b>',
      'Alpha',
    ]);
    expect(items[0]?.textContent).toContain('2 nodes · 0 ties');

    fireEvent.click(within(items[0]!).getByTestId('my-maps-delete'));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete map?' });
    // The label is shown as text, never as markup.
    expect(confirm.textContent).toContain('Delete “Beta <b>street</b>” (2 nodes, 0 ties) from this browser?');
    expect(confirm.querySelector('b')).toBeNull();
    expect((await services.repo.listMaps()).map((e) => e.id)).toEqual(['map-b', 'map-a']);

    fireEvent.click(within(confirm).getByTestId('confirm-cancel'));
    await screen.findByRole('dialog', { name: 'My maps' });
    expect((await services.repo.listMaps()).map((e) => e.id)).toEqual(['map-b', 'map-a']);

    fireEvent.click(within((await screen.findAllByTestId('my-maps-item'))[0]!).getByTestId('my-maps-delete'));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getAllByTestId('my-maps-item')).toHaveLength(1));
    expect((await services.repo.listMaps()).map((e) => e.id)).toEqual(['map-a']);
  });

  it('deleting the open map closes it; Escape closes the confirmation without deleting', async () => {
    const services = makeServices();
    const open = stored('map-a', 'Alpha', '2026-01-01T00:00:00.000Z');
    await services.repo.saveMap(open);
    services.store.getState().replaceDocument(open);
    renderWith(services, <MyMapsDialog onClose={vi.fn()} />);

    const item = (await screen.findAllByTestId('my-maps-item'))[0]!;
    expect(item.textContent).toContain('open now');
    fireEvent.click(within(item).getByTestId('my-maps-delete'));
    fireEvent.keyDown(await screen.findByRole('alertdialog'), { key: 'Escape' });
    await screen.findByRole('dialog', { name: 'My maps' });
    expect(services.store.getState().document).toBe(open);

    fireEvent.click(within((await screen.findAllByTestId('my-maps-item'))[0]!).getByTestId('my-maps-delete'));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByTestId('confirm-ok'));
    await waitFor(() => expect(services.store.getState().document).toBeNull());
    expect(await services.repo.listMaps()).toEqual([]);
  });

  it('creates a new map with a title and scope, opens it and keeps it', async () => {
    const services = makeServices();
    const onClose = vi.fn();
    renderWith(services, <MyMapsDialog onClose={onClose} />);
    await screen.findByText('No maps are kept in this browser yet.');
    fireEvent.click(screen.getByTestId('new-map-create'));
    expect((await screen.findByRole('alert')).textContent).toBe('The title must not be empty.');
    fireEvent.change(screen.getByTestId('new-map-title'), { target: { value: 'Mum’s support' } });
    fireEvent.change(screen.getByTestId('new-map-scope'), { target: { value: 'personal' } });
    // A personal map is about one person, asked for first.
    fireEvent.click(screen.getByTestId('new-map-create'));
    expect((await screen.findByRole('alert')).textContent).toBe('Say who the map is about first.');
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('new-map-person'), { target: { value: 'Rose' } });
    fireEvent.click(screen.getByTestId('new-map-create'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const doc = services.store.getState().document;
    expect(doc?.meta).toMatchObject({ title: 'Mum’s support', scope: 'personal' });
    expect(doc?.nodes.map((n) => [n.label, n.kind])).toEqual([['Rose', 'person']]);
    expect(doc?.meta.centreNodeId).toBe(doc?.nodes[0]?.id);
    expect(services.store.getState().activeView).toBe('support');
    expect((await services.repo.listMaps()).map((e) => e.title)).toEqual(['Mum’s support']);
    expect(await services.repo.getLastOpened()).toBe(doc?.id);
  });
});
