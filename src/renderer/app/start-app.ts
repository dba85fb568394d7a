import type { i18n as I18n } from 'i18next';
import type { WorkorderBridge } from '../../shared/ipc';
import { warmUpFormatters } from '../lib/format-time';
import { connectBridge } from './bridge';
import type { AppStore } from './store';

/**
 * Listens to main and sends the boot requests. Called before the first render (not from an effect)
 * so the requests are in flight while React builds the first screen. Returns a disposer.
 */
export function startApp(bridge: WorkorderBridge, store: AppStore, i18n: I18n): () => void {
  const disconnect = connectBridge(bridge, store);
  void store.getState().bootApp();
  // The first Intl object costs tens of ms; pay it while the requests are in flight.
  warmUpFormatters(i18n.language);
  return disconnect;
}
