// What a store action reports: applied, or refused with a code views can branch on and a reason
// a person can read. Views never compare the wording: `refusalMessage` turns a result into what
// a field shows, and a change that changes nothing is not something to show.
import type { ActionResult, RefusalCode } from './types';

export const OK: ActionResult = { ok: true };

export function refuse(code: RefusalCode, reason: string): ActionResult {
  return { ok: false, code, reason };
}

/**
 * The reason to show beside a field for an action's result, or null when it was applied or when
 * it would have changed nothing (the field simply keeps the stored value).
 */
export function refusalMessage(result: ActionResult): string | null {
  return result.ok || result.code === 'unchanged' ? null : result.reason;
}
