import { UsageError } from '../usage-error';

export async function runQualityUpdateCommand(_argv: string[]): Promise<number> {
  throw new UsageError('quality:update is not built yet');
}
