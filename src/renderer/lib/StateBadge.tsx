import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TicketGroup } from '../../shared/ticket-states';

const KNOWN_STATES = [
  'assigned',
  'dealing',
  'feedback',
  'in_progress',
  'wait_feedback',
  'wait_confirm',
  'confirmed',
  'completed',
] as const;
type KnownState = (typeof KNOWN_STATES)[number];
const isKnown = (s: string): s is KnownState => (KNOWN_STATES as readonly string[]).includes(s);

interface StateBadgeProps {
  state: string;
  group: TicketGroup;
  pending?: boolean;
}

/** The badge for callers that already hold `t` (inbox rows skip a translation hook per row). */
export function stateBadge(t: TFunction, { state, group, pending }: StateBadgeProps) {
  if (pending) return <span className="badge badge-pending">{t('states.pending')}</span>;
  return <span className={`badge badge-${group}`}>{isKnown(state) ? t(`states.${state}`) : state}</span>;
}

/** The ticket's state in words, coloured by group; a state we do not know is shown verbatim. */
export function StateBadge(props: StateBadgeProps) {
  const { t } = useTranslation();
  return stateBadge(t, props);
}
