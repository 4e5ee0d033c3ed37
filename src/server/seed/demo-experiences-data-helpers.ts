import type { ExperienceDocument } from '../../shared/contracts/experiences.js';
import type { Locale } from '../../shared/locales.js';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';

// Small builders shared by the demo experience data files, so each story reads as content.

type Participant = ExperienceDocument['participants'][number];
type Role = Participant['role'];
type Text = Partial<Record<Locale, string>>;

/** A participant that is a demo organisation: its names in every language, so the seeder can link it. */
export function org(key: string, role: Role): Participant {
  const found = DEMO_ORGANISATIONS.find((o) => o.key === key);
  if (!found) throw new Error(`demo experiences: unknown demo organisation ${key}`);
  return { countryCode: found.countryCode ?? null, organisationId: null, name: found.name as Text, role };
}

/** A participant that is not in the demo directory. */
export function party(countryCode: string | null, name: Text, role: Role): Participant {
  return { countryCode, organisationId: null, name, role };
}

/** The languages of a story: the original, then translations marked machine (unreviewed) or reviewed. */
export function langs(
  original: Locale,
  others: Partial<Record<Locale, 'machine' | 'reviewed'>> = {},
): ExperienceDocument['languages'] {
  return [
    { locale: original, status: 'original' },
    ...Object.entries(others).map(([locale, status]) => ({ locale: locale as Locale, status })),
  ];
}

/** Costs and who paid: the amounts in the demo are illustrative and say so in the note. */
export function cost(
  amount: number,
  currency: string,
  paidBy: Text,
  note: Text,
): ExperienceDocument['costs'] {
  return { amount, currency, paidBy, note };
}

/** A fictional contact person (marked demo), with an example.org address at most. */
export function contact(name: string, email: string | null = null): ExperienceDocument['contact'] {
  return { name, email };
}
