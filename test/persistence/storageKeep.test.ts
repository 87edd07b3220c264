import { describe, expect, it, vi } from 'vitest';

import { requestStorageKeep, shouldRemindBackup } from '../../src/persistence';

describe('requestStorageKeep', () => {
  it('does not ask again when storage is already kept', async () => {
    const persist = vi.fn(async () => false);
    expect(await requestStorageKeep({ persisted: async () => true, persist })).toBe('kept');
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks once and reports the answer', async () => {
    expect(await requestStorageKeep({ persisted: async () => false, persist: async () => true })).toBe(
      'kept',
    );
    expect(await requestStorageKeep({ persisted: async () => false, persist: async () => false })).toBe(
      'may-be-cleared',
    );
  });

  it('treats a browser that throws as one that may clear storage, and one without the API as unsupported', async () => {
    const throwing = {
      persisted: async () => false,
      persist: async (): Promise<boolean> => {
        throw new DOMException('denied', 'NotAllowedError');
      },
    };
    expect(await requestStorageKeep(throwing)).toBe('may-be-cleared');
    expect(await requestStorageKeep({})).toBe('unsupported');
    expect(await requestStorageKeep(undefined)).toBe('unsupported');
  });
});

describe('shouldRemindBackup', () => {
  const now = '2026-03-10T12:00:00.000Z';
  it('never while the browser keeps storage, or before it answered', () => {
    expect(shouldRemindBackup('kept', null, now, now)).toBe(false);
    expect(shouldRemindBackup('unknown', null, now, now)).toBe(false);
  });

  it('when storage may be cleared and this map was never backed up', () => {
    expect(shouldRemindBackup('may-be-cleared', null, now, now)).toBe(true);
    expect(shouldRemindBackup('unsupported', null, now, now)).toBe(true);
  });

  it('when the map changed since a backup at least a day old, not before', () => {
    // Backed up 2026-03-09 11:00, changed since: 25 hours ago → remind.
    expect(
      shouldRemindBackup('may-be-cleared', '2026-03-09T11:00:00.000Z', '2026-03-10T09:00:00.000Z', now),
    ).toBe(true);
    // Backed up 23 hours ago, changed since → not yet.
    expect(
      shouldRemindBackup('may-be-cleared', '2026-03-09T13:00:00.000Z', '2026-03-10T09:00:00.000Z', now),
    ).toBe(false);
    // Backed up long ago but unchanged since → the backup is still whole.
    expect(
      shouldRemindBackup('may-be-cleared', '2026-01-01T00:00:00.000Z', '2025-12-31T00:00:00.000Z', now),
    ).toBe(false);
  });
});
