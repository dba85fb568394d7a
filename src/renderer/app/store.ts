import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StateCreator, type StoreApi } from 'zustand';
import { createComposeSlice, type ComposeSlice } from '../features/compose/compose-slice';
import { createInboxSlice, type InboxSlice } from '../features/inbox/inbox-slice';
import { createOnboardingSlice, type OnboardingSlice } from '../features/onboarding/onboarding-slice';
import { createSettingsSlice, type SettingsSlice } from '../features/settings/settings-slice';
import { createSyncSlice, type SyncSlice } from '../features/sync/sync-slice';
import { createTicketSlice, type TicketSlice } from '../features/ticket/ticket-slice';
import type { Deps } from '../lib/deps';
import { createShellSlice, type ShellSlice } from './shell-slice';

export type AppState = ShellSlice &
  OnboardingSlice &
  InboxSlice &
  TicketSlice &
  ComposeSlice &
  SettingsSlice &
  SyncSlice;

/** A feature's slice: its own state and actions; other slices are reached through `get()`. */
export type SliceCreator<T> = (deps: Deps) => StateCreator<AppState, [], [], T>;

export type AppStore = StoreApi<AppState>;

/** The only place slices are composed. One store per app window (and per test). */
export function createAppStore(deps: Deps): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createShellSlice(deps)(...a),
    ...createOnboardingSlice(deps)(...a),
    ...createInboxSlice(deps)(...a),
    ...createTicketSlice(deps)(...a),
    ...createComposeSlice(deps)(...a),
    ...createSettingsSlice(deps)(...a),
    ...createSyncSlice(deps)(...a),
  }));
}

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** The store itself, for actions read at event time (no subscription, so no re-render). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi needs a <StoreProvider>');
  return store;
}

/** Select the smallest value you need: a primitive, an id, or a stable object from state. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider>');
  return useStore(store, selector);
}
