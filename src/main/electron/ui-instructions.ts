import type { BrowserWindow } from 'electron';
import type { EventName, EventPayload } from '../../shared/ipc';
import { sendEvent } from './ipc';
import { revealWindow } from './main-window';

/**
 * Tells the renderer what to show (a ticket, the compose form) after bringing the window forward.
 * A window that is still loading gets the instruction once it has loaded; the preload keeps it
 * until the renderer subscribes.
 */
export function createUiInstructions(ensureWindow: () => BrowserWindow) {
  const send = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    const win = ensureWindow();
    revealWindow(win);
    const deliver = () => sendEvent([win.webContents], name, payload);
    if (win.webContents.isLoading()) win.webContents.once('did-finish-load', deliver);
    else deliver();
  };
  return {
    open: () => revealWindow(ensureWindow()),
    openTicket: (ticketId: string) => send('ui.openTicket', { ticketId }),
    compose: () => send('ui.compose', {}),
  };
}
