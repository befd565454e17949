import { UsageError } from '../usage-error';

export async function runReportCommand(_argv: string[]): Promise<number> {
  throw new UsageError('report is not built yet');
}
