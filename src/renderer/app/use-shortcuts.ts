import { useEffect } from 'react';
import type { AppStore } from './store';

/** True while the user is typing, when single-letter shortcuts must not fire. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Global keys: j/k or arrows move in the inbox, Enter opens, / searches, n new ticket, r reply,
 * Esc goes back. Dialogs stop Esc themselves before it reaches here.
 */
export function useShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const s = store.getState();
      if (e.key === 'Escape') {
        if (document.querySelector('[role="dialog"]')) return;
        if (isTyping(e.target) && e.target instanceof HTMLElement) {
          e.target.blur();
        }
        s.goBack();
        return;
      }
      if (isTyping(e.target) || document.querySelector('[role="dialog"]')) return;
      const inInbox = s.shell.view === 'inbox';
      switch (e.key) {
        case 'j':
        case 'ArrowDown':
          if (!inInbox || !canMoveFrom(e.target, e.key)) return;
          s.moveActive(1);
          break;
        case 'k':
        case 'ArrowUp':
          if (!inInbox || !canMoveFrom(e.target, e.key)) return;
          s.moveActive(-1);
          break;
        case 'Enter':
          // A focused row link or button handles Enter itself.
          if (!inInbox || (e.target instanceof HTMLElement && e.target.closest('a, button'))) return;
          s.openActiveTicket();
          break;
        case '/':
          if (!inInbox) s.setView('inbox');
          s.requestFocus('search');
          break;
        case 'n':
          s.openCompose();
          break;
        case 'r':
          if (!inInbox || s.ticket.openId === null) return;
          s.requestFocus('reply');
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

/** Arrows scroll the conversation when focus is there; j/k work anywhere in the inbox. */
function canMoveFrom(target: EventTarget | null, key: string): boolean {
  if (key === 'j' || key === 'k') return true;
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || target.closest('.inbox-pane') !== null;
}
