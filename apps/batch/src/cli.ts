import { UsageError } from './usage-error';

const HELP = `hemicycle: European Parliament texts to structured, schema-checked records

Commands (run through pnpm from the repository root):
  pnpm batch            extract records from a corpus (default: corpus/ → out/records.jsonl)
  pnpm evaluate         score a records file against gold fixtures
  pnpm report           write a static HTML review of records against gold
  pnpm quality:update   rewrite the quality baseline and print the difference

Each command takes --help.
Exit codes: 0 every document gave a record; 1 some failed (listed in <out>.failures.jsonl); 2 usage error.`;

// Each command is loaded when called, so that `--help` and usage errors start at once and the
// language models are read only by the commands (and threads) that extract.
const commands: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  batch: async () => (await import('./commands/batch')).runBatchCommand,
  evaluate: async () => (await import('./commands/evaluate')).runEvaluateCommand,
  report: async () => (await import('./commands/report')).runReportCommand,
  'quality-update': async () => (await import('./commands/quality-update')).runQualityUpdateCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) throw new UsageError(`unknown command "${name}"`);
  return (await load())(rest);
}

let finished = false;
// Nothing left to wait for, yet the command has not finished: a promise that can never settle
// (a thread that could not start, say). That must not pass for success.
process.on('beforeExit', () => {
  if (finished) return;
  finished = true;
  process.stderr.write('hemicycle: internal error: the command stopped before it finished\n');
  process.exitCode = 70;
});

main(process.argv.slice(2)).then(
  (code) => {
    finished = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    finished = true;
    if (error instanceof UsageError) {
      process.stderr.write(`hemicycle: ${error.message}\nRun with --help for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(
        `hemicycle: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    }
  },
);
