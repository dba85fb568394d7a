/**
 * The API reports raw states (six of them, plus the four documented filter values); people see four
 * groups. Unknown states keep their raw text and fall into "other" so nothing is ever dropped.
 */
export const STATUS_GROUPS = ['open', 'waiting', 'confirm', 'closed'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];
export type TicketGroup = StatusGroup | 'other';

const GROUP_OF_STATE: Readonly<Record<string, StatusGroup>> = {
  assigned: 'open',
  dealing: 'open',
  feedback: 'open',
  in_progress: 'open',
  wait_feedback: 'waiting',
  wait_confirm: 'confirm',
  confirmed: 'closed',
  completed: 'closed',
};

export function groupOfState(state: string): TicketGroup {
  return GROUP_OF_STATE[state] ?? 'other';
}

/** Raw states that belong to a group, for building API filters. */
export function statesOfGroup(group: StatusGroup): string[] {
  return Object.keys(GROUP_OF_STATE).filter((s) => GROUP_OF_STATE[s] === group);
}

export const isClosedState = (state: string): boolean => groupOfState(state) === 'closed';
