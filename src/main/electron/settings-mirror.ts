import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain';
import type { Core } from '../core/core';
import type { Disposable } from '../core/ports';

/** A synchronous view of the settings for decisions that cannot wait (window close, notifications). */
export async function mirrorSettings(
  core: Core,
  onChange: (settings: Settings) => void = () => {},
): Promise<Disposable & { current(): Settings }> {
  const initial = await core.handle('settings.get', {});
  let current = initial.ok ? initial.value : DEFAULT_SETTINGS;
  const subscription = core.events.on('settings.changed', (settings) => {
    current = settings;
    onChange(settings);
  });
  onChange(current);
  return { current: () => current, dispose: () => subscription.dispose() };
}
