import type { FilterSpec } from '$lib/state/url-filters';
import { RECIPIENT_GROUPS } from '$lib/data/queries/funding';
import { DONOR_TYPES } from '$lib/data/catalog/datasets/contributions';
import { FIRST_MEETING_YEAR, LAST_MEETING_YEAR } from '$lib/data/catalog/vocabularies';

/** The filters of the funding page and its embeds, as they live in the URL (?years=2010..2015&donor=…). */
export const FUNDING_FILTERS: FilterSpec[] = [
	{
		key: 'years',
		kind: 'range',
		column: 'year',
		label: 'Years',
		bounds: [FIRST_MEETING_YEAR, LAST_MEETING_YEAR],
		integer: true
	},
	{ key: 'donor', kind: 'set', column: 'donor_type', label: 'donor type', options: DONOR_TYPES },
	{ key: 'recipient', kind: 'set', column: 'recipient_group', label: 'recipient', options: RECIPIENT_GROUPS }
];
