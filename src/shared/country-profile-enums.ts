// The closed lists of the country profile, apart from the Zod contract so the web pages that
// label them do not pull Zod into their chunks.

export const BODY_ROLES = [
  'lead_agency',
  'focal_point',
  'line_ministry',
  'implementing_agency',
  'funder',
  'coordination_body',
] as const;
export const LEGAL_INSTRUMENTS = ['none', 'law', 'decree', 'regulation', 'policy'] as const;
export const STRATEGY_STATUSES = ['none', 'in_preparation', 'adopted'] as const;
export const COORDINATION_MECHANISMS = ['none', 'informal', 'formal', 'both'] as const;
