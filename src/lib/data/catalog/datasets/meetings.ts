import type { ColumnSpec, DatasetSpec, TypedRow } from '../schema';
import { FIGURE_QUALIFIERS, UN_REGIONAL_GROUPS } from '../vocabularies';

const figure = (name: string, description: string): ColumnSpec => ({ name, type: 'INTEGER', description });
const qualifier = (of: string): ColumnSpec => ({
	name: `${of}_qualifier`,
	type: 'VARCHAR',
	allowed: FIGURE_QUALIFIERS,
	qualifies: of,
	confidence: true,
	description: `How sure ${of} is (exact, lower bound, approximate, or secondary: relayed by a third party), read from the notes; empty iff ${of} is empty`
});
const relayedBy = (of: string): ColumnSpec => ({
	name: `${of}_relayed_by`,
	type: 'VARCHAR',
	relays: `${of}_qualifier`,
	description: `Who relayed ${of} when it is secondary (a thesis, news site, mailing list…); empty iff it is not secondary`
});
/** The figures of a meeting, each with a qualifier and, when secondary, who relayed it. */
const MEETING_FIGURES = ['onsite', 'online', 'total', 'registrations', 'countries', 'sessions'] as const;
const dateBound = (row: TypedRow, i: 0 | 1) => {
	const part = String(row.dates ?? '').split('/')[i];
	return part && /^\d{4}-\d{2}-\d{2}$/.test(part) ? part : null;
};

export const meetings: DatasetSpec = {
	name: 'meetings',
	title: 'Annual IGF meetings',
	description:
		'One row per annual meeting 2006–2025: host, format and attendance figures with their qualifiers. Onsite, online, total and registrations use different bases; do not add them up.',
	source: 'meetings.csv',
	key: ['year'],
	columns: [
		{ name: 'year', type: 'INTEGER', required: true, description: 'Year of the meeting' },
		{ name: 'edition', type: 'INTEGER', required: true, description: 'Edition number (1 = Athens 2006)' },
		{ name: 'city', type: 'VARCHAR', required: true, description: 'Host city' },
		{ name: 'country', type: 'VARCHAR', required: true, description: 'Host country' },
		{ name: 'host_region', type: 'VARCHAR', allowed: UN_REGIONAL_GROUPS, description: 'UN regional group of the host (our classification; empty when online)' },
		{ name: 'format', type: 'VARCHAR', required: true, allowed: ['in-person', 'in-person+remote', 'hybrid', 'online'], description: 'Meeting format' },
		{
			name: 'dates',
			type: 'VARCHAR',
			pattern: /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
			description: 'Dates as start/end (YYYY-MM-DD/YYYY-MM-DD)'
		},
		{ name: 'venue', type: 'VARCHAR', description: 'Venue' },
		figure('onsite', 'Participants onsite (basis in notes: badges, bona fide participants…)'),
		figure('online', 'Participants online (unique visitors or active participants; see notes)'),
		figure('total', 'Total participants as published (not onsite + online)'),
		figure('registrations', 'Registrations'),
		figure('countries', 'Countries represented'),
		figure('sessions', 'Sessions in the programme'),
		...MEETING_FIGURES.map(qualifier),
		...MEETING_FIGURES.map(relayedBy),
		{ name: 'notes', type: 'VARCHAR', description: 'What the sources say, disagreements, bases' },
		{ name: 'source_url', type: 'VARCHAR', required: true, description: 'Address(es), several separated by " | "' },
		{ name: 'start_date', type: 'DATE', derived: true, compute: (r) => dateBound(r, 0), description: 'First day (from dates)' },
		{ name: 'end_date', type: 'DATE', derived: true, compute: (r) => dateBound(r, 1), description: 'Last day (from dates)' }
	]
};
