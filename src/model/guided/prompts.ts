// A map's own guided-mapping prompts and its walk-throughs, read from `doc.records` and written
// back through upsertRecord (so every write is checked against the record schemas).
import { newId } from '../ids';
import type { Result } from '../problems';
import { getRecords, upsertRecord } from '../records';
import type { CareMap } from '../schema';
import { DEFAULT_GUIDED_PROMPTS } from './defaults';
import {
  type GuidedPrompt,
  type GuidedPromptInput,
  GuidedPromptSchema,
  type GuidedPromptsRecord,
  type GuidedSessionRecord,
} from './schema';

/** The map's prompts record (the first, should there be two), if it has one. */
export function guidedPromptsRecord(doc: CareMap): GuidedPromptsRecord | undefined {
  return getRecords(doc, 'guidedPrompts')[0];
}

/** The prompts a walk-through asks: the map's own, or the defaults when it has none yet. */
export function guidedPrompts(doc: CareMap): readonly GuidedPrompt[] {
  return guidedPromptsRecord(doc)?.prompts ?? DEFAULT_GUIDED_PROMPTS;
}

export function findGuidedSession(doc: CareMap, id: string): GuidedSessionRecord | undefined {
  return getRecords(doc, 'guidedSession').find((s) => s.id === id);
}

/** The latest walk-through with `centre` that is not finished, if any. */
export function openGuidedSession(doc: CareMap, centre: string): GuidedSessionRecord | undefined {
  return getRecords(doc, 'guidedSession')
    .filter((s) => s.centre === centre && s.status !== 'finished')
    .at(-1);
}

/** Write a record built from checked parts; a refusal here is a bug, not bad input. */
export function writeGuidedRecord(doc: CareMap, record: GuidedPromptsRecord | GuidedSessionRecord): CareMap {
  const result = upsertRecord(doc, record);
  if (!result.ok)
    throw new Error(`${record.type} record refused: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.value;
}

function sameAsDefault(p: GuidedPrompt): boolean {
  const d = DEFAULT_GUIDED_PROMPTS.find((x) => x.id === p.id);
  return d !== undefined && JSON.stringify({ ...p, origin: d.origin }) === JSON.stringify(d);
}

/**
 * Replace the map's prompts (reworded, reordered, added, dropped). A prompt is marked a local
 * default exactly when it is word for word the default with its id; any other is `custom`.
 */
export function setGuidedPrompts(doc: CareMap, prompts: readonly GuidedPromptInput[]): Result<CareMap> {
  const parsed: GuidedPrompt[] = [];
  for (const input of prompts) {
    const p = GuidedPromptSchema.safeParse(input);
    if (!p.success) {
      const issue = p.error.issues[0];
      const where = issue !== undefined && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return {
        ok: false,
        problems: [
          {
            path: `prompts.${String(input.id)}`,
            message: `${where}${issue?.message ?? 'is not valid'}`,
            severity: 'error',
          },
        ],
      };
    }
    parsed.push({ ...p.data, origin: sameAsDefault(p.data) ? 'local-default' : 'custom' });
  }
  const old = guidedPromptsRecord(doc);
  const record: GuidedPromptsRecord = { id: old?.id ?? newId('gp'), type: 'guidedPrompts', prompts: parsed };
  if (old !== undefined && JSON.stringify(old) === JSON.stringify(record))
    return { ok: true, value: doc, warnings: [] };
  const result = upsertRecord(doc, record);
  return result;
}
