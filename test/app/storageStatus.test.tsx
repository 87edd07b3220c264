// @vitest-environment jsdom
// What the top bar says about storage: whether the browser keeps it, a reminder to back up when it
// may not, and a full disk shown as a failed save with the download that keeps the work.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { AppServices } from '../../src/app/services';
import { SaveStatus } from '../../src/app/SaveStatus';
import { BackupReminder, StorageStatus } from '../../src/app/StorageStatus';
import { createAutosave } from '../../src/persistence';
import { makeMap, person } from '../helpers/build';
import { makeServices, renderWith } from './harness';

afterEach(cleanup);

async function withMap(): Promise<AppServices> {
  const services = makeServices();
  const doc = makeMap([person('a', 'Ada')], [], 'Larkspur Green');
  await services.repo.saveMap(doc);
  services.store.getState().replaceDocument(doc);
  return services;
}

describe('storage status', () => {
  it('says nothing until the browser answered, then whether it keeps storage', async () => {
    const services = await withMap();
    renderWith(services, <StorageStatus />);
    expect(screen.queryByTestId('storage-keep')).toBeNull();
    act(() => services.store.getState().setStorageKeep('kept'));
    expect(screen.getByTestId('storage-keep').textContent).toBe('Kept by this browser');
    act(() => services.store.getState().setStorageKeep('may-be-cleared'));
    expect(screen.getByTestId('storage-keep').textContent).toBe('Storage at risk');
    expect(screen.getByTestId('storage-keep').getAttribute('title')).toBe(
      'This browser may clear its storage when space runs low',
    );
  });
});

describe('backup reminder', () => {
  it('appears when storage may be cleared and the map was never backed up; "Not now" hides it', async () => {
    const services = await withMap();
    renderWith(services, <BackupReminder />);
    act(() => services.store.getState().setStorageKeep('kept'));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
    act(() => services.store.getState().setStorageKeep('may-be-cleared'));
    expect(screen.getByTestId('backup-reminder').textContent).toContain(
      'Download a full backup of “Larkspur Green” to keep it safe.',
    );
    fireEvent.click(screen.getByTestId('backup-reminder-dismiss'));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('stays away for a map backed up after its last change, as stored from an earlier visit', async () => {
    const services = await withMap();
    const doc = services.store.getState().document!;
    await services.repo.setBackedUpAt(doc.id, new Date(Date.parse(doc.meta.updatedAt) + 1000).toISOString());
    services.store.getState().setStorageKeep('may-be-cleared');
    renderWith(services, <BackupReminder />);
    await waitFor(() => expect(services.store.getState().lastBackup).not.toBeNull());
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('opens the backup dialog from its button', async () => {
    const services = await withMap();
    services.store.getState().setStorageKeep('unsupported');
    renderWith(services, <BackupReminder />);
    fireEvent.click(screen.getByTestId('backup-reminder-download'));
    expect(screen.getByTestId('backup-dialog')).toBeTruthy();
  });
});

describe('a full disk', () => {
  it('is shown to the person as a failed save with the way to keep the work', async () => {
    const services = await withMap();
    renderWith(services, <SaveStatus />);
    const autosave = createAutosave({
      save: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      onStatus: (s) => services.store.getState().setPersistence(s),
      delayMs: 0,
      maxWaitMs: 0,
    });
    autosave.schedule(services.store.getState().document!);
    await act(() => autosave.flush());
    const status = screen.getByTestId('save-status');
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.getAttribute('data-state')).toBe('failed');
    expect(status.textContent).toContain(
      "Could not save: your browser's storage is full. Download a copy now.",
    );
    expect(screen.getByTestId('save-status-backup').textContent).toBe('Download a full backup');
  });
});
