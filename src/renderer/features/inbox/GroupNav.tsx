import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import type { InboxGroup } from './inbox-slice';

const GROUPS: readonly InboxGroup[] = ['all', 'open', 'waiting', 'confirm', 'closed'];

/** Status groups with their counts; the button's name is the group alone, the count is its description. */
export function GroupNav() {
  const { t } = useTranslation();
  const current = useAppStore((s) => s.inbox.group);
  const setGroup = useAppStore((s) => s.setInboxGroup);
  const setView = useAppStore((s) => s.setView);
  const view = useAppStore((s) => s.shell.view);
  return (
    <ul className="group-nav">
      {GROUPS.map((group) => (
        <li key={group}>
          <GroupButton
            group={group}
            label={t(`groups.${group}`)}
            pressed={view === 'inbox' && current === group}
            onSelect={() => {
              setGroup(group);
              setView('inbox');
            }}
          />
        </li>
      ))}
    </ul>
  );
}

function GroupButton(props: { group: InboxGroup; label: string; pressed: boolean; onSelect(): void }) {
  const { t } = useTranslation();
  const count = useAppStore((s) => (s.counts ? s.counts[props.group] : null));
  const unread = useAppStore((s) => (props.group === 'all' && s.counts ? s.counts.unread : 0));
  const descId = `group-count-${props.group}`;
  // The description sits next to the button, not inside it: content inside would become part of the
  // button's name ("Waiting on you 8 tickets") as soon as the counts arrive.
  return (
    <>
      <button
        type="button"
        className="group-button"
        aria-pressed={props.pressed}
        aria-describedby={count === null ? undefined : descId}
        onClick={props.onSelect}
      >
        <span className={`group-dot group-dot-${props.group}`} aria-hidden="true" />
        <span className="group-label">{props.label}</span>
        {unread > 0 && (
          <span className="group-unread" aria-hidden="true">
            {unread}
          </span>
        )}
        {count !== null && (
          <span className="group-count" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      {count !== null && (
        <span id={descId} className="visually-hidden">
          {t('nav.groupCount', { count })}
          {unread > 0 ? `, ${t('nav.unread', { count: unread })}` : ''}
        </span>
      )}
    </>
  );
}
