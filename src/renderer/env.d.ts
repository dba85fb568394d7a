import type { WorkorderBridge } from '../shared/ipc';

declare global {
  interface Window {
    workorder: WorkorderBridge;
  }
}
