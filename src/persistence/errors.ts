// Plain-words messages for storage failures. Saving can fail because the disk quota is used up,
// because the browser refuses storage (private mode, blocked site data) or for reasons we cannot
// foresee; each gets a sentence a person can act on, never a stack trace.
import { type Problem, problem } from '../model';

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : '';
}

/** True for the quota errors of Chromium, Firefox and Safari. */
export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  // Older WebKit reports the legacy DOMException code 22 under another name.
  return typeof DOMException !== 'undefined' && error instanceof DOMException && error.code === 22;
}

/** True when IndexedDB itself is missing or refused (private mode, disabled storage). */
export function isUnavailableError(error: unknown): boolean {
  const name = errorName(error);
  return ['InvalidStateError', 'SecurityError', 'UnknownError', 'StorageUnavailableError'].includes(name);
}

/** One sentence for a failed storage `action` ("save", "list your maps"…). */
export function describeStorageError(error: unknown, action: string): string {
  if (error instanceof EditedElsewhereError) return `Did not ${action}: this map is being edited in another tab.`;
  if (isQuotaError(error)) return `Could not ${action}: your browser's storage is full.`;
  if (isUnavailableError(error)) {
    return `Could not ${action}: this browser is not letting Carewealth keep maps (private browsing or blocked site data?).`;
  }
  const detail = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
  return `Could not ${action}${detail}.`;
}

/** The message for a failed save, e.g. "Could not save: your browser's storage is full. Download a copy now." */
export function describeSaveError(error: unknown): string {
  if (error instanceof EditedElsewhereError) return describeStorageError(error, 'save');
  return `${describeStorageError(error, 'save')} Download a copy now.`;
}

/** A problem for the error panel from a storage error. */
export function storageProblem(error: unknown, action: string): Problem {
  return problem('', describeStorageError(error, action));
}

/** Raised instead of saving over a map that another tab is editing (see editLock.ts). */
export class EditedElsewhereError extends Error {
  override readonly name = 'EditedElsewhereError';
  constructor() {
    super('This map is being edited in another tab');
  }
}

/** Raised when the platform has no IndexedDB at all. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor() {
    super('IndexedDB is not available');
  }
}
