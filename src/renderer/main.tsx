import { startApp } from './app/start-app';
import { createAppStore } from './app/store';
import { createI18n } from './lib/i18n';
import { resolveTheme, systemDarkQuery } from './lib/theme';
import './app/app.css';

// The system's palette from the first frame; the saved setting takes over once it arrives.
document.documentElement.dataset.theme = resolveTheme('system', systemDarkQuery()?.matches ?? false);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const bridge = window.workorder;
const store = createAppStore({ bridge, storage: window.localStorage, searchDelayMs: 200 });
// English until settings arrive; the Preferences component switches to the saved language.
const i18n = createI18n('en');
// React and the views are a chunk of their own: fetched from here on, evaluated after this module,
// so the boot requests below are already out and main answers while they load.
const windowModule = import('./app/render-window');
// The window lives as long as the page, so the listeners are never disposed.
startApp(bridge, store, i18n);
void windowModule.then(({ renderWindow }) => renderWindow(root, store, i18n));
