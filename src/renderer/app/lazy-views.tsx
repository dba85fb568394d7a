import { lazy } from 'react';

/**
 * Views the first screen (the inbox) does not show, each in its own chunk: the startup bundle is
 * smaller and is evaluated sooner, which is what the time to first rows is made of. They also take
 * the contract's zod schemas with them. `preloadViews` fetches them once the inbox is up, so
 * opening one later does not wait.
 */
const loaders = {
  compose: () => import('../features/compose/ComposeView'),
  settings: () => import('../features/settings/SettingsView'),
  ticket: () => import('../features/ticket/TicketDetailView'),
};

export const ComposeView = lazy(() => loaders.compose().then((m) => ({ default: m.ComposeView })));
export const SettingsView = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsView })));
export const TicketDetailView = lazy(() => loaders.ticket().then((m) => ({ default: m.TicketDetailView })));

export function preloadViews(): void {
  // A failed fetch here is not an error yet: opening the view tries again and reports it there.
  for (const load of Object.values(loaders)) load().catch(() => undefined);
}
