// @vitest-environment jsdom
// A copy to share in a format that cannot hold the whole copy first says what it will leave out and
// offers the Carewealth file; a format that holds it all downloads at once.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { FileMenu } from '../../src/app/FileMenu';
import type { AppServices } from '../../src/app/services';
import { makeMap, person, tie } from '../helpers/build';
import { makeServices, renderWith } from './harness';

let services: AppServices;
let downloads: string[];

beforeEach(() => {
  services = makeServices();
  const doc = makeMap([person('ada', 'Ada'), person('bo', 'Bo')], [tie('t1', 'ada', 'bo')], 'Larkspur Green');
  services.store.getState().replaceDocument({ ...doc, meta: { ...doc.meta, description: 'Our street' } });
  downloads = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const noop = () => undefined;

function exportAs(format: string) {
  // Copy to share… is an item of the File menu.
  fireEvent.click(screen.getByTestId('file-menu'));
  fireEvent.click(screen.getByTestId('export-button'));
  fireEvent.change(screen.getByTestId('share-format'), { target: { value: format } });
  fireEvent.click(screen.getByTestId('share-download'));
}

describe('copy to share: what a format leaves out', () => {
  it('says what a Kumu spreadsheet leaves out before writing, and can download the Carewealth map instead', () => {
    renderWith(services, <FileMenu onOpenMyMaps={noop} onOpenFiles={noop} />);
    exportAs('kumu-csv');
    const dialog = screen.getByTestId('export-loss-dialog');
    // The copy to share has no description already (sharing leaves free text out), so only the title is said.
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(["the map's title (it will be named after the file)"]);
    expect(downloads).toEqual([]);
    fireEvent.click(screen.getByTestId('export-loss-native'));
    expect(downloads).toEqual(['larkspur-green.carewealth.json']);
    expect(screen.queryByTestId('export-loss-dialog')).toBeNull();
  });

  it('exports anyway when asked, and cancelling writes nothing', () => {
    renderWith(services, <FileMenu onOpenMyMaps={noop} onOpenFiles={noop} />);
    exportAs('csv');
    fireEvent.click(screen.getByTestId('export-loss-cancel'));
    expect(downloads).toEqual([]);
    exportAs('csv');
    fireEvent.click(screen.getByTestId('export-loss-anyway'));
    expect(downloads).toEqual(['larkspur-green-nodes.csv', 'larkspur-green-ties.csv']);
  });

  it('downloads GEXF and Kumu JSON at once: they keep everything this map holds', () => {
    renderWith(services, <FileMenu onOpenMyMaps={noop} onOpenFiles={noop} />);
    exportAs('gexf');
    exportAs('kumu-json');
    expect(screen.queryByTestId('export-loss-dialog')).toBeNull();
    expect(downloads).toEqual(['larkspur-green.gexf', 'larkspur-green.kumu.json']);
  });
});
