import { useEffect, useState } from 'react';
import type { Res } from '../../shared/ipc';

type Info = Res<'app.info'>;

/** App shell: sidebar, inbox and detail areas. The features fill them in. */
export function App() {
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void window.workorder.invoke('app.info').then((result) => {
      if (!live) return;
      if (result.ok) setInfo(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="app-shell">
      <nav className="sidebar" aria-label="Mailboxes">
        <h1 className="brand">Workorder Desk</h1>
      </nav>
      <main className="inbox" aria-label="Inbox">
        {error && <p role="alert">{error}</p>}
      </main>
      <section className="detail" aria-label="Details">
        {info && (
          <dl className="app-info">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            <dt>Platform</dt>
            <dd>{info.platform}</dd>
            <dt>Mode</dt>
            <dd>{info.demo ? 'Demo' : 'Account'}</dd>
          </dl>
        )}
      </section>
    </div>
  );
}
