import { err, type Gold, GoldSchema, ok, type Result } from '@hemicycle/schema';

/** Why a gold fixture could not be read; `message` names the file and what is wrong. */
export interface GoldError {
  file: string;
  message: string;
}

/** Parses and checks a gold fixture (spec section 4) read from `file`. */
export function parseGold(json: string, file: string): Result<Gold, GoldError> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return err({ file, message: `${file}: invalid JSON: ${reason}` });
  }
  const parsed = GoldSchema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(fixture)'}: ${i.message}`);
  return err({ file, message: `${file}: not a valid gold fixture: ${issues.join('; ')}` });
}
