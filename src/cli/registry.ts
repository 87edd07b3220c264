// The command registry: each command's name, summary and usage, and a loader for its code. `help`
// reads only this file, and running a command loads only that command's modules (the analysis
// for `analyze`, the writers for `convert`…), so the command starts in a fraction of the time
// loading everything would take. The command modules take their info from here.
import type { Command, CommandInfo } from './types';

export const VALIDATE: CommandInfo = {
  name: 'validate',
  summary: 'check map files and list their problems',
  usage: ['validate FILE... (a CSV pair is foo-nodes.csv foo-ties.csv, or a.csv,b.csv)'],
};

export const CONVERT: CommandInfo = {
  name: 'convert',
  summary: 'convert a map to another format (chosen by the output extension)',
  usage: [
    'convert IN OUT [--force]   (IN may be a CSV pair written a.csv,b.csv)',
    'convert IN OUT --share [--without-consent neighbour|role|leave_out]   (a copy to share)',
  ],
};

export const STATS: CommandInfo = {
  name: 'stats',
  summary: 'count nodes and ties by kind, category, role and formality',
  usage: ['stats FILE [--json]   (a CSV pair may be given as two files or a.csv,b.csv)'],
};

export const ANALYZE: CommandInfo = {
  name: 'analyze',
  summary: 'network measures, care figures and insights (bridges, gaps, overstretched partners)',
  usage: [
    'analyze FILE [--json] [--exact] [--weighting none|hours|closeness] [--seed N]',
    '  --json        the full analysis as JSON (formatVersion 1; see src/analysis/analyze.ts),',
    '                indented at a terminal, compact (no whitespace) into a pipe or a file',
    '  --exact       betweenness and closeness from every node, however long it takes (big',
    '                maps otherwise estimate them from a sample of sources, and say so)',
    '  --weighting   read tie strength from hours or closeness rings (paths use 1/strength)',
    '  --seed N      seed for Louvain communities and the sample of sources (default 1)',
  ],
};

export const DIFF: CommandInfo = {
  name: 'diff',
  summary: 'what changed between two states of a map (files or snapshots), with the indicators',
  usage: [
    'diff A B [--json] [--match A_ID=B_ID]... [--betweenness auto|always|never]',
    '  A, B           a map file (a CSV pair as nodes.csv,ties.csv), or FILE#SNAPSHOT for a snapshot',
    '                 inside a .carewealth.json file, named by id or by name: "map.carewealth.json#Launch workshop"',
    '  --json         the whole comparison as JSON (formatVersion 1; see src/analysis/compare/README.md)',
    '  --match A=B    confirm that node A of the first state is node B of the second (repeatable)',
    '  --betweenness  compare betweenness rankings: auto (maps up to 5,000 nodes), always or never',
  ],
};

/** The report's sections a --note may name (src/report/evaluationSections.ts; a test keeps them equal). */
export const REPORT_NOTE_SECTIONS = ['changes', 'pictures', 'indicators', 'partners', 'surveys'] as const;

export const REPORT: CommandInfo = {
  name: 'report',
  summary: 'the evaluation report of a map over time, as a PDF (from a snapshot to now, or between two)',
  usage: [
    'report FILE --out report.pdf [--from SNAPSHOT] [--to SNAPSHOT] [--names] [--note SECTION=TEXT]... [--force]',
    '  --from      the earlier state: a snapshot of FILE by id or name (default: its earliest)',
    '  --to        the later state: a snapshot (default: the map as it is now)',
    '  --names     name people in full (default: by initials)',
    `  --note      a narrative note beside a section: ${REPORT_NOTE_SECTIONS.join(', ')}`,
    '  --force     overwrite the output file',
  ],
};

/** A command whose code is loaded on first run. */
function lazy(info: CommandInfo, load: () => Promise<Command>): Command {
  return { ...info, run: async (args, ctx) => (await load()).run(args, ctx) };
}

/** Every command, in the order `help` lists them. */
export const COMMANDS: readonly Command[] = [
  lazy(VALIDATE, async () => (await import('./commands/validate')).validateCommand),
  lazy(CONVERT, async () => (await import('./commands/convert')).convertCommand),
  lazy(STATS, async () => (await import('./commands/stats')).statsCommand),
  lazy(ANALYZE, async () => (await import('./commands/analyze')).analyzeCommand),
  lazy(DIFF, async () => (await import('./commands/diff')).diffCommand),
  lazy(REPORT, async () => (await import('./commands/report')).reportCommand),
];
