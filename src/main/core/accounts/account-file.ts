import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readJson, writeJsonAtomic } from '../storage/json-file';

/**
 * accounts.json in the data directory: everything about an account except its secret, which lives only
 * in the CredentialStore. A demo account's key comes from the embedded sandbox's own data file.
 */
export const accountRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  accessKeyId: z.string(),
  endpoint: z.string(),
  createdAt: z.number(),
  active: z.boolean(),
  demo: z.boolean(),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

const fileSchema = z.object({ version: z.literal(1), accounts: z.array(accountRecordSchema) });

export interface LoadedAccounts {
  records: AccountRecord[];
  /** Set when the file existed but could not be used; the app then starts without accounts. */
  problem?: string;
}

export async function loadAccountFile(file: string): Promise<LoadedAccounts> {
  const raw: unknown = await readJson<unknown>(file, { version: 1, accounts: [] }).catch(() => undefined);
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    // Keep the unreadable file for the user instead of overwriting it with the next save.
    const aside = `${file}.unreadable`;
    await fs.rename(file, aside);
    return {
      records: [],
      problem: `The saved account list could not be read and was moved to ${path.basename(aside)}. Add your accounts again.`,
    };
  }
  // At most one account is active; a hand-edited file with several keeps the first.
  let seenActive = false;
  const records = parsed.data.accounts.map((r) => {
    const active = r.active && !seenActive;
    seenActive ||= active;
    return { ...r, active };
  });
  return { records };
}

export function saveAccountFile(file: string, records: readonly AccountRecord[]): Promise<void> {
  return writeJsonAtomic(file, { version: 1, accounts: records });
}
