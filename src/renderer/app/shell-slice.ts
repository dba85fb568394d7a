import { readStored, writeStored } from '../lib/deps';
import type { SliceCreator } from './store';

export type View = 'inbox' | 'compose' | 'settings';
export type FocusTarget = 'search' | 'reply' | 'row' | 'list';

export const LIST_WIDTH_MIN = 300;
export const LIST_WIDTH_MAX = 720;
const LIST_WIDTH_KEY = 'wd.layout.listWidth';

export interface ShellSlice {
  shell: {
    view: View;
    /** Width of the inbox list column in px, remembered across restarts. */
    listWidth: number;
    /** A request for a component to take focus; `seq` makes repeated requests distinct. */
    focus: { target: FocusTarget; seq: number } | null;
  };
  setView(view: View): void;
  setListWidth(px: number): void;
  requestFocus(target: FocusTarget): void;
  /** Esc: leave compose/settings, else close the open ticket. */
  goBack(): void;
}

const clampWidth = (px: number) => Math.round(Math.min(LIST_WIDTH_MAX, Math.max(LIST_WIDTH_MIN, px)));

export const createShellSlice: SliceCreator<ShellSlice> = (deps) => (set, get) => ({
  shell: {
    view: 'inbox',
    listWidth: clampWidth(readStored(deps.storage, LIST_WIDTH_KEY, 420)),
    focus: null,
  },
  setView(view) {
    set((s) => ({ shell: { ...s.shell, view } }));
  },
  setListWidth(px) {
    const listWidth = clampWidth(px);
    writeStored(deps.storage, LIST_WIDTH_KEY, listWidth);
    set((s) => ({ shell: { ...s.shell, listWidth } }));
  },
  requestFocus(target) {
    set((s) => ({ shell: { ...s.shell, focus: { target, seq: (s.shell.focus?.seq ?? 0) + 1 } } }));
  },
  goBack() {
    const { shell, ticket } = get();
    if (shell.view !== 'inbox') {
      get().setView('inbox');
      get().requestFocus('list');
    } else if (ticket.openId !== null) {
      get().closeTicketView();
      get().requestFocus('row');
    }
  },
});
