// `carewealth stats FILE [--json]`: counts of what one map holds (see ../mapStats.ts), as an
// aligned table or as JSON for scripts.
import { defineCommand } from '../args';
import { oneMapGroup, readOneMap } from '../files';
import { computeStats, formatStats } from '../mapStats';
import { STATS } from '../registry';
import { EXIT } from '../types';

export const statsCommand = defineCommand(STATS, { json: { type: 'boolean' } }, async (parsed, ctx) => {
  const g = oneMapGroup(parsed.positionals, STATS, ctx);
  if (g === undefined) return EXIT.usage;
  const result = await readOneMap(g, ctx);
  if (result === undefined) return EXIT.failed;
  const stats = computeStats(result.value);
  if (parsed.values.json === true) ctx.out(JSON.stringify(stats, null, 2));
  else formatStats(stats).forEach((line) => ctx.out(line));
  return EXIT.ok;
});
