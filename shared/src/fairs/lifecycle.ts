/**
 * A fair's lifecycle and a booth's outcomes: plain constants (no schema library), shared by the API
 * contracts, the dashboard fold and the browser.
 */
export const FAIR_STATUSES = ['draft', 'registration', 'live', 'closed', 'reported'] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];

/** The way forward, and one step back for a fair moved on by mistake. */
export const FAIR_TRANSITIONS: Record<FairStatus, readonly FairStatus[]> = {
  draft: ['registration'],
  registration: ['live', 'draft'],
  live: ['closed'],
  closed: ['reported', 'live'],
  reported: [],
};

/** What a booth records after talking to someone: one tap each. */
export const FAIR_OUTCOMES = [
  'shortlisted',
  'hired',
  'second-interview',
  'not-suitable',
  'training',
  'loan',
] as const;
export type FairOutcome = (typeof FAIR_OUTCOMES)[number];
