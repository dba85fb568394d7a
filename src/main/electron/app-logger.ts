import type { Logger } from '../core/ports';

/** The main process logs to stdout/stderr; details are structured and never carry secrets. */
export const consoleLogger: Logger = {
  info: (message, detail) => console.info(`[workorder-desk] ${message}`, detail ?? ''),
  warn: (message, detail) => console.warn(`[workorder-desk] ${message}`, detail ?? ''),
  error: (message, detail) => console.error(`[workorder-desk] ${message}`, detail ?? ''),
};
