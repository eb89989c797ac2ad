import type { FilterSpec } from '$lib/state/url-filters';
import { GENDERS, MEETING_YEARS, STAKEHOLDER_GROUPS, UN_REGIONAL_GROUPS } from '$lib/data/catalog/vocabularies';

/**
 * The page's linked selection, as it lives in the URL (?year=2022&region=African…): the charts' and the
 * map's filters, and the facets of the in-memory index that answers them (LinkedIndex).
 */
export const PARTICIPATION_FILTERS: FilterSpec[] = [
	{ key: 'year', kind: 'set', column: 'year', label: 'year', options: MEETING_YEARS.map(String) },
	{
		key: 'region',
		kind: 'set',
		column: 'un_regional_group',
		label: 'UN regional group',
		shortLabel: 'region',
		options: UN_REGIONAL_GROUPS
	},
	{
		key: 'stakeholder',
		kind: 'set',
		column: 'stakeholder_group',
		label: 'stakeholder group',
		options: STAKEHOLDER_GROUPS
	},
	{ key: 'gender', kind: 'set', column: 'gender', label: 'gender', options: GENDERS },
	{ key: 'mode', kind: 'set', column: 'mode', label: 'mode', options: ['onsite', 'online'] }
];
