// @vitest-environment jsdom
// The two downloads and opening a locked backup, through the shell as a person uses them. The
// browser's download is replaced by a recorder (ui/download.ts is the one place files are offered).
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { AppServices } from '../../src/app/services';
import { Shell } from '../../src/app/Shell';
import { serializeNative } from '../../src/io';
import { unlockFile } from '../../src/io/locked';
import type { CareMap } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';
import { makeServices, renderWith } from './harness';

const offered = vi.hoisted(() => [] as { name: string; mimeType: string; bytes: Uint8Array }[]);
vi.mock('../../src/ui/download', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  downloadBytes: (name: string, mimeType: string, bytes: Uint8Array) =>
    offered.push({ name, mimeType, bytes }),
}));

afterEach(cleanup);

let services: AppServices;
let original: CareMap;
const PASS = 'lantern orchard pebble';

beforeEach(async () => {
  offered.length = 0;
  services = makeServices();
  original = makeMap(
    [
      person('maud', 'Maud Ellis', {
        consent: { status: 'given' },
        location: { lat: 51.5412, lng: -0.0553, privacy: 'approximate' },
        notes: 'Has a key',
      }),
      person('ann', 'Mrs A.', { consent: { status: 'withdrawn' }, careNeeded: ['medication'] }),
    ],
    [tie('t1', 'maud', 'ann')],
    'Larkspur Green',
  );
  await services.repo.saveMap(original);
  services.store.getState().replaceDocument(original);
  services.store.getState().setActiveView('table');
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Full backup', () => {
  it('writes everything exactly as it is, and remembers when', async () => {
    renderWith(services, <Shell />);
    fireEvent.click(screen.getByTestId('file-menu'));
    fireEvent.click(screen.getByTestId('backup-button'));
    fireEvent.click(within(screen.getByTestId('backup-dialog')).getByTestId('backup-download'));
    await waitFor(() => expect(offered.length).toBe(1));
    expect(offered[0]?.name).toBe('larkspur-green.carewealth.json');
    // Exact: the approximate home, the notes and the withdrawn person are all there, unchanged.
    expect(text(offered[0]!.bytes)).toBe(serializeNative(original));
    await waitFor(() => expect(screen.queryByTestId('backup-dialog')).toBeNull());
    expect(services.store.getState().lastBackup?.mapId).toBe(original.id);
    expect(await services.repo.getBackedUpAt(original.id)).toBe(services.store.getState().lastBackup?.at);
  });

  it('locked with a passphrase typed twice; differing or short passphrases download nothing', async () => {
    renderWith(services, <Shell />);
    fireEvent.click(screen.getByTestId('file-menu'));
    fireEvent.click(screen.getByTestId('backup-button'));
    const dialog = within(screen.getByTestId('backup-dialog'));
    fireEvent.click(dialog.getByTestId('backup-lock'));
    fireEvent.change(dialog.getByTestId('backup-passphrase'), { target: { value: 'short' } });
    fireEvent.change(dialog.getByTestId('backup-passphrase-again'), { target: { value: 'short' } });
    fireEvent.click(dialog.getByTestId('backup-download'));
    expect(dialog.getByTestId('backup-error').textContent).toBe(
      'The passphrase must be at least 8 characters.',
    );
    fireEvent.change(dialog.getByTestId('backup-passphrase'), { target: { value: PASS } });
    fireEvent.click(dialog.getByTestId('backup-download'));
    expect(dialog.getByTestId('backup-error').textContent).toBe('The two passphrases are not the same.');
    expect(offered).toEqual([]);

    fireEvent.change(dialog.getByTestId('backup-passphrase-again'), { target: { value: PASS } });
    fireEvent.click(dialog.getByTestId('backup-download'));
    await waitFor(() => expect(offered.length).toBe(1), { timeout: 10_000 });
    expect(offered[0]?.name).toBe('larkspur-green.locked.carewealth.json');
    expect(text(offered[0]!.bytes)).not.toContain('Maud');
    const opened = await unlockFile(offered[0]!.name, offered[0]!.bytes, PASS);
    expect(opened.ok && text(opened.value)).toBe(serializeNative(original));
  });
});

describe('Copy to share', () => {
  it('says how people will appear and writes the copy with the chosen rules', async () => {
    renderWith(services, <Shell />);
    fireEvent.click(screen.getByTestId('file-menu'));
    fireEvent.click(screen.getByTestId('export-button'));
    const dialog = within(screen.getByTestId('share-dialog'));
    expect(dialog.getByTestId('share-summary').textContent).toBe(
      'Of 2 people: 1 by initials, 1 as “A neighbour”.',
    );
    fireEvent.click(dialog.getByTestId('share-without-consent-leave_out'));
    expect(dialog.getByTestId('share-summary').textContent).toBe('Of 2 people: 1 by initials, 1 left out.');
    fireEvent.click(dialog.getByTestId('share-download'));
    expect(offered.map((f) => f.name)).toEqual(['larkspur-green.carewealth.json']);
    const copy = JSON.parse(text(offered[0]!.bytes)) as CareMap;
    expect(copy.nodes.map((n) => [n.id, n.label, n.location])).toEqual([
      // lat: floor((51.5412 + 90) / 0.005) = 28308 → 51.5425; lng: floor(179.9447 / 0.008) = 22493 → -0.052
      ['n1', 'M.E.', { lat: 51.5425, lng: -0.052, privacy: 'approximate' }],
    ]);
    expect(copy.ties).toEqual([]);
    // The choice is kept for the pictures and the next copy.
    expect(services.store.getState().shareOptions).toEqual({
      withoutConsent: 'leave_out',
      names: 'initials',
    });
  });

  it('applies the same rules to every format: a CSV pair without the withdrawn person or the notes', async () => {
    renderWith(services, <Shell />);
    fireEvent.click(screen.getByTestId('file-menu'));
    fireEvent.click(screen.getByTestId('export-button'));
    const dialog = within(screen.getByTestId('share-dialog'));
    fireEvent.change(dialog.getByTestId('share-format'), { target: { value: 'csv' } });
    fireEvent.change(dialog.getByTestId('share-title'), { target: { value: 'Our neighbourhood' } });
    fireEvent.click(dialog.getByTestId('share-download'));
    // A CSV pair cannot hold the map's title: said first, then written when asked.
    const losses = screen.getByTestId('export-loss-dialog');
    expect(
      within(losses)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain("the map's title (it will be named after the file)");
    fireEvent.click(within(losses).getByTestId('export-loss-anyway'));
    expect(offered.map((f) => f.name)).toEqual(['our-neighbourhood-nodes.csv', 'our-neighbourhood-ties.csv']);
    const all = offered.map((f) => text(f.bytes)).join('\n');
    for (const secret of ['Mrs A.', 'Maud', 'Has a key', 'medication', 'withdrawn', 'Larkspur']) {
      expect(all.includes(secret), secret).toBe(false);
    }
    expect(all).toContain('A neighbour');
  });
});

describe('Opening a locked backup', () => {
  async function lockedFile(): Promise<File> {
    const doc = { ...makeMap([person('cy', 'Cy')], [], 'Restored'), id: 'map-restored' as CareMap['id'] };
    const { lockFile } = await import('../../src/io/locked');
    const locked = await lockFile(new TextEncoder().encode(serializeNative(doc)), PASS);
    if (!locked.ok) throw new Error('could not lock');
    return new File([locked.value as Uint8Array<ArrayBuffer>], 'restored.locked.carewealth.json', {
      type: 'application/json',
    });
  }

  it('asks for the passphrase; a wrong one is said plainly and the open map stays as it was', async () => {
    renderWith(services, <Shell />);
    fireEvent.change(screen.getByTestId('open-file-input'), { target: { files: [await lockedFile()] } });
    const dialog = within(await screen.findByTestId('unlock-dialog'));
    fireEvent.change(dialog.getByTestId('unlock-passphrase'), {
      target: { value: 'lantern orchard pebbles' },
    });
    fireEvent.click(dialog.getByTestId('unlock-open'));
    await waitFor(() => expect(dialog.getByTestId('unlock-error')).toBeTruthy(), { timeout: 10_000 });
    expect(dialog.getByTestId('unlock-error').textContent).toBe(
      'The passphrase does not open this file (or the file was changed after it was locked).',
    );
    expect(services.store.getState().document).toBe(original);
    expect(screen.queryByTestId('problems-panel')).toBeNull();

    fireEvent.change(dialog.getByTestId('unlock-passphrase'), { target: { value: PASS } });
    fireEvent.click(dialog.getByTestId('unlock-open'));
    const choice = await screen.findByRole(
      'dialog',
      { name: 'Open restored.carewealth.json' },
      { timeout: 10_000 },
    );
    expect(screen.queryByTestId('unlock-dialog')).toBeNull();
    fireEvent.click(within(choice).getByTestId('import-open-new'));
    await waitFor(() => expect(services.store.getState().mapId).toBe('map-restored'));
    expect(services.store.getState().document?.nodes.map((n) => n.label)).toEqual(['Cy']);
  });

  it('Cancel leaves everything as it was', async () => {
    renderWith(services, <Shell />);
    fireEvent.change(screen.getByTestId('open-file-input'), { target: { files: [await lockedFile()] } });
    fireEvent.click(within(await screen.findByTestId('unlock-dialog')).getByText('Cancel'));
    expect(screen.queryByTestId('unlock-dialog')).toBeNull();
    expect(services.store.getState().document).toBe(original);
  });
});
