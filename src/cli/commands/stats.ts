// `carewealth stats FILE [--json]`: counts of what one map holds (see ../mapStats.ts), as an
// aligned table or as JSON for scripts.
import { parseCommandArgs, printUsage } from '../args';
import { groupFileArgs, readOneMap } from '../files';
import { computeStats, formatStats } from '../mapStats';
import { STATS } from '../registry';
import { type Command, EXIT } from '../types';

export const statsCommand: Command = {
  ...STATS,
  async run(args, ctx) {
    const parsed = parseCommandArgs(statsCommand, args, { json: { type: 'boolean' } }, ctx);
    if (typeof parsed === 'number') return parsed;
    const groups = groupFileArgs(parsed.positionals);
    const g = groups[0];
    if (g === undefined || groups.length !== 1) {
      printUsage(statsCommand, ctx, 'needs exactly one map');
      return EXIT.usage;
    }
    const result = await readOneMap(g, ctx);
    if (result === undefined) return EXIT.failed;
    const stats = computeStats(result.value);
    if (parsed.values.json === true) ctx.out(JSON.stringify(stats, null, 2));
    else formatStats(stats).forEach((line) => ctx.out(line));
    return EXIT.ok;
  },
};
