import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppStore } from './app/store';
import { createI18n } from './lib/i18n';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const bridge = window.workorder;
const store = createAppStore({ bridge, storage: window.localStorage, searchDelayMs: 200 });
// English until settings arrive; the Preferences component switches to the saved language.
const i18n = createI18n('en');
createRoot(root).render(
  <StrictMode>
    <App bridge={bridge} store={store} i18n={i18n} />
  </StrictMode>,
);
