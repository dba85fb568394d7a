/**
 * Each contract channel is an Electron `ipcMain.handle` channel of the same name; events from main
 * travel on this one channel as `(name, payload)`.
 */
export const EVENT_CHANNEL = 'workorder:event';
