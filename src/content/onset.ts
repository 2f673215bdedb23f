/** The onset choices the screener offers ("When did the pain start?"), from most recent to oldest. */
export const ONSET_CHOICES = [
  { id: 'last-hour', label: 'Last hour' },
  { id: 'today', label: 'Earlier today' },
  { id: 'yesterday', label: 'Yesterday' },
  { id: '2-3-days', label: '2-3 days ago' },
  { id: '4-7-days', label: '4-7 days ago' },
  { id: 'over-week', label: 'Over a week ago' },
  { id: 'exact', label: 'Exact date' },
] as const
export type OnsetChoice = (typeof ONSET_CHOICES)[number]['id']
