import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error';

/** node:util parseArgs, with its errors turned into usage errors (exit 2). */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
