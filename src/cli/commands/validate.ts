// `carewealth validate FILE...`: read each map with the same readers the app uses and say, per
// map, either OK with its size or every problem found. Exit 1 if any map failed.
import { formatProblem } from '../../model';
import { readMapFiles } from '../../io';
import { defineCommand, printUsage } from '../args';
import { groupFileArgs, readGroup } from '../files';
import { VALIDATE } from '../registry';
import { EXIT } from '../types';

export const validateCommand = defineCommand(VALIDATE, {}, async (parsed, ctx) => {
  if (parsed.positionals.length === 0) {
    printUsage(VALIDATE, ctx, 'no files given');
    return EXIT.usage;
  }
  let failed = 0;
  const groups = groupFileArgs(parsed.positionals);
  for (const g of groups) {
    const read = await readGroup(g, ctx.cwd);
    const result = read.ok ? readMapFiles(read.files) : read;
    if (result.ok) {
      const { nodes, ties } = result.value;
      ctx.out(`OK  ${g.display}  (${nodes.length} nodes, ${ties.length} ties)`);
      for (const w of result.warnings) ctx.out(`  warning: ${formatProblem(w)}`);
    } else {
      failed += 1;
      ctx.err(`FAIL  ${g.display}`);
      for (const p of result.problems) ctx.err(`  ${formatProblem(p)}`);
    }
  }
  if (groups.length > 1)
    ctx.out(`${groups.length} maps checked: ${groups.length - failed} OK, ${failed} failed`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
});
