// Cross-record rules for survey records (run from records.ts). All are warnings: a round whose
// team was removed, or a response whose round was deleted, is still data a circle may want.
import { type Problem, warning } from '../problems';
import type { RecordCheckContext } from '../records';
import { checkNodeRef, pushIf } from '../governance/refs';
import { DEFAULT_ITEM_BANK } from './itemBank';

/** Every problem with the survey records of a document. */
export function checkSurveyRecords(ctx: RecordCheckContext): Problem[] {
  const out: Problem[] = [];
  const instruments = new Map(ctx.records.surveyInstrument.map((x) => [x.record.id, x.record]));
  const defaultIds = new Set(DEFAULT_ITEM_BANK.map((i) => i.id));
  for (const { index, record } of ctx.records.surveyInstrument) {
    if (record.owner !== undefined) pushIf(out, checkNodeRef(ctx.nodes, record.owner, `records[${index}].owner`, ['team', 'circle'], 'an instrument’s owner'));
  }
  const rounds = new Map(ctx.records.surveyRound.map((x) => [x.record.id, x.record]));
  for (const { index, record } of ctx.records.surveyRound) {
    pushIf(out, checkNodeRef(ctx.nodes, record.scope, `records[${index}].scope`, ['team', 'circle'], 'a survey round’s scope'));
    if (record.instrument !== undefined && !instruments.has(record.instrument)) {
      out.push(warning(`records[${index}].instrument`, `no survey instrument "${record.instrument}"; the built-in items will be used`));
    }
  }
  const codes = new Set<string>();
  for (const { index, record } of ctx.records.surveyResponse) {
    const at = `records[${index}]`;
    const round = rounds.get(record.round);
    if (round === undefined) out.push(warning(`${at}.round`, `no survey round "${record.round}"`));
    if (record.team !== undefined) pushIf(out, checkNodeRef(ctx.nodes, record.team, `${at}.team`, ['team'], 'a respondent’s team'));
    if (round !== undefined && record.date < round.opened) {
      out.push(warning(`${at}.date`, `is before the round opened (${round.opened})`));
    }
    if (record.respondentCode !== undefined) {
      const key = `${record.round}\u0000${record.respondentCode}`;
      if (codes.has(key)) out.push(warning(`${at}.respondentCode`, `a second response with code "${record.respondentCode}" in this round`));
      codes.add(key);
    }
    const instrument = round?.instrument !== undefined ? instruments.get(round.instrument) : undefined;
    // Only when the round and its item list are known; otherwise the round warning says enough.
    const known = round === undefined ? undefined : instrument !== undefined ? new Set(instrument.items.map((i) => i.id)) : round.instrument === undefined ? defaultIds : undefined;
    if (known !== undefined) {
      for (const itemId of Object.keys(record.answers)) {
        if (!known.has(itemId)) out.push(warning(`${at}.answers.${itemId}`, 'answers an item the round’s instrument does not have'));
      }
    }
  }
  return out;
}
