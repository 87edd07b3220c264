// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AppServices } from '../../src/app/services';
import { Shell } from '../../src/app/Shell';
import type { CareMap } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';
import { makeServices, renderWith } from './harness';

afterEach(cleanup);

let services: AppServices;
let original: CareMap;

beforeEach(async () => {
  services = makeServices();
  original = makeMap([person('ada', 'Ada'), person('bo', 'Bo')], [tie('t1', 'ada', 'bo')], 'Larkspur Green');
  await services.repo.saveMap(original);
  services.store.getState().replaceDocument(original);
  // The table view, because cytoscape cannot draw in jsdom.
  services.store.getState().setActiveView('table');
});

function fileOf(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

function chooseFiles(files: File[]) {
  fireEvent.change(screen.getByTestId('open-file-input'), { target: { files } });
}

function drop(files: File[]) {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files } });
  window.dispatchEvent(event);
}

/** A valid native file of a map with the given people. */
function nativeFile(name: string, title: string, labels: string[]): File {
  const doc = {
    ...makeMap(
      labels.map((l, i) => person(`p${i}`, l)),
      [],
      title,
    ),
    id: 'map-incoming',
  };
  return fileOf(name, JSON.stringify(doc, null, 2));
}

describe('opening files', () => {
  it('a broken file dropped on the window shows the problems; the open map stays the same object', async () => {
    renderWith(services, <Shell />);
    const revision = services.store.getState().revision;
    drop([fileOf('broken.carewealth.json', '{\n  "type": "carewealth",\n  "nodes": [\n')]);
    const panel = await screen.findByTestId('problems-panel');
    expect(within(panel).getByRole('heading').textContent).toBe('Could not open broken.carewealth.json');
    const items = within(panel).getAllByTestId('problem-item');
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.textContent).toContain('broken.carewealth.json');
    expect(items[0]?.textContent).toMatch(/^broken\.carewealth\.json, line \d+, column \d+: /);
    expect(services.store.getState().document).toBe(original);
    expect(services.store.getState().revision).toBe(revision);
    expect(services.store.getState().history.past).toEqual([]);
    expect(services.store.getState().importStatus).toEqual({
      state: 'failed',
      fileNames: ['broken.carewealth.json'],
    });
  });

  it('an unknown kind of file chosen with Open… is refused, naming the file', async () => {
    renderWith(services, <Shell />);
    chooseFiles([fileOf('notes.txt', 'hello')]);
    const panel = await screen.findByTestId('problems-panel');
    expect(panel.textContent).toContain('notes.txt');
    expect(services.store.getState().document).toBe(original);
  });

  it('a good file while a map is open asks; "Update this map" merges as one undoable step', async () => {
    renderWith(services, <Shell />);
    // " ADA " matches node ada by label and kind (case and spaces ignored); Cy is new.
    chooseFiles([nativeFile('new.carewealth.json', 'Incoming', [' ADA ', 'Cy'])]);
    const dialog = await screen.findByRole('dialog', { name: 'Open new.carewealth.json' });
    expect(dialog.textContent).toContain('“Incoming” with 2 nodes and 0 ties');
    fireEvent.click(within(dialog).getByTestId('import-update'));
    await waitFor(() =>
      expect(services.store.getState().document?.nodes.map((n) => n.id)).toEqual(['ada', 'bo', 'p1']),
    );
    const state = services.store.getState();
    expect(state.document?.nodes.map((n) => n.label)).toEqual(['ADA', 'Bo', 'Cy']);
    expect(state.document?.ties.map((t) => t.id)).toEqual(['t1']);
    expect(state.mapId).toBe(original.id);
    expect(state.document?.meta.title).toBe('Larkspur Green');
    expect(screen.getByTestId('undo-button').getAttribute('aria-label')).toBe('Undo Update from new.carewealth.json');
    fireEvent.click(screen.getByTestId('undo-button'));
    expect(services.store.getState().document?.nodes).toBe(original.nodes);
  });

  it('"Open as new map" opens it with fresh history and keeps it in My maps', async () => {
    renderWith(services, <Shell />);
    chooseFiles([nativeFile('new.carewealth.json', 'Incoming', ['Cy'])]);
    fireEvent.click(within(await screen.findByRole('dialog')).getByTestId('import-open-new'));
    await waitFor(() => expect(services.store.getState().mapId).toBe('map-incoming'));
    expect(services.store.getState().history.past).toEqual([]);
    await waitFor(async () =>
      expect((await services.repo.listMaps()).map((e) => e.title).sort()).toEqual([
        'Incoming',
        'Larkspur Green',
      ]),
    );
    expect(await services.repo.getLastOpened()).toBe('map-incoming');
  });
});

describe('editing in the shell', () => {
  it('renames a node in the table, shows it in the inspector, and Ctrl+Z undoes it outside inputs', async () => {
    renderWith(services, <Shell />);
    const labelCell = () => screen.getAllByTestId('table-grid-row')[0]!.querySelector<HTMLElement>('[data-col="label"]')!;
    fireEvent.mouseDown(labelCell());
    fireEvent.keyDown(labelCell(), { key: 'Enter' });
    const editor = screen.getByTestId('cell-editor');
    fireEvent.change(editor, { target: { value: 'Ada Lovelace' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(services.store.getState().document?.nodes[0]?.label).toBe('Ada Lovelace');
    expect(screen.getByTestId('undo-button').getAttribute('aria-label')).toBe('Undo Edit label of “Ada”');

    // The click on the row selected it, so the inspector shows it.
    const inspector = screen.getByTestId('node-inspector');
    expect((within(inspector).getByTestId('inspector-label') as HTMLInputElement).value).toBe('Ada Lovelace');
    expect((within(inspector).getByTestId('inspector-kind') as HTMLSelectElement).value).toBe('person');

    // Ctrl+Z inside a text field belongs to the field.
    fireEvent.keyDown(within(inspector).getByTestId('inspector-label'), { key: 'z', ctrlKey: true });
    expect(services.store.getState().document?.nodes[0]?.label).toBe('Ada Lovelace');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(services.store.getState().document?.nodes[0]?.label).toBe('Ada');
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(services.store.getState().document?.nodes[0]?.label).toBe('Ada Lovelace');

    fireEvent.click(within(screen.getByTestId('node-inspector')).getByTestId('inspector-delete'));
    expect(services.store.getState().document?.nodes.map((n) => n.id)).toEqual(['bo']);
    expect(services.store.getState().document?.ties).toEqual([]);
    expect(screen.queryByTestId('node-inspector')).toBeNull();
  });

  it('renames the map from the title field; an empty title is refused with a message', async () => {
    renderWith(services, <Shell />);
    const title = screen.getByTestId('map-title') as HTMLInputElement;
    fireEvent.change(title, { target: { value: '' } });
    fireEvent.blur(title);
    expect(services.store.getState().document?.meta.title).toBe('Larkspur Green');
    expect(screen.getByRole('alert').textContent).toBe('Map: title: must not be empty');
    fireEvent.change(title, { target: { value: 'Larkspur Green 2026' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    expect(services.store.getState().document?.meta.title).toBe('Larkspur Green 2026');
  });
});
