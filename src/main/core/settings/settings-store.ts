import path from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/domain';
import type { EventBus } from '../event-bus';
import type { Logger } from '../ports';
import { readJson, writeJsonAtomic } from '../storage/json-file';

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Promise<Settings>;
}

/** Settings live in settings.json in the data directory; invalid entries fall back to defaults. */
export async function openSettingsStore(dataDir: string, events: EventBus, logger: Logger): Promise<SettingsStore> {
  const file = path.join(dataDir, 'settings.json');
  let current = sanitize(
    await readJson<unknown>(file, {}).catch((error: unknown) => {
      logger.warn('settings unreadable, using defaults', { error: String(error) });
      return {};
    }),
  );
  // Serialise writes so two quick updates cannot land out of order.
  let writing: Promise<void> = Promise.resolve();

  return {
    get: () => current,
    async update(patch) {
      current = settingsSchema.parse({ ...current, ...patch });
      const snapshot = current;
      writing = writing.then(() => writeJsonAtomic(file, snapshot));
      await writing;
      events.emit('settings.changed', snapshot);
      return snapshot;
    },
  };
}

function sanitize(raw: unknown): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      const field = settingsSchema.shape[key as keyof Settings];
      if (field?.safeParse(value).success) merged[key] = value;
    }
  }
  return settingsSchema.parse(merged);
}
