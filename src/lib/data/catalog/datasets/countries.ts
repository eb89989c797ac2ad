import type { DatasetSpec } from '../schema';

import { UN_REGIONAL_GROUPS } from '../vocabularies';

/** Reference table: the 193 UN member states and two observer states, with the UN groupings the dashboard uses. */
export const countries: DatasetSpec = {
	name: 'countries',
	title: 'Countries and UN groupings',
	description:
		'The 193 UN member states plus the observer states Holy See and State of Palestine, with their UN General Assembly regional group, UN M49 geographic region, development status and LDC/SIDS membership. Built by scripts/build-countries.ts: the UN short names (UNTERM, as in the M49 list; i18n-iso-countries where it agrees), ISO alpha-3 codes as keys, and the sourced mapping data/sources/un_groups.csv.',
	source: 'countries.csv',
	key: ['iso3'],
	columns: [
		{ name: 'iso3', type: 'VARCHAR', required: true, description: 'ISO 3166-1 alpha-3 code.' },
		{ name: 'name', type: 'VARCHAR', required: true, description: "The UN's English short name (UNTERM, as in the M49 list), e.g. Cabo Verde, Czechia, Türkiye." },
		{
			name: 'un_regional_group',
			type: 'VARCHAR',
			allowed: UN_REGIONAL_GROUPS,
			description:
				'UN General Assembly regional group (UN DGACM). Special cases, see note: Kiribati Asia-Pacific; Türkiye and Israel WEOG; United States WEOG (attends as observer); State of Palestine Asia-Pacific; Holy See none (empty).'
		},
		{
			name: 'un_status',
			type: 'VARCHAR',
			required: true,
			allowed: ['member', 'observer'],
			description: 'UN member state or non-member observer state.'
		},
		{ name: 'm49_region', type: 'VARCHAR', required: true, description: 'UN M49 region (Africa, Americas, Asia, Europe, Oceania).' },
		{ name: 'm49_subregion', type: 'VARCHAR', required: true, description: 'UN M49 sub-region, e.g. Sub-Saharan Africa, Western Asia.' },
		{
			name: 'm49_intermediate_region',
			type: 'VARCHAR',
			description: 'UN M49 intermediate region where M49 has one (Africa south of the Sahara, Latin America and the Caribbean).'
		},
		{
			name: 'developing',
			type: 'BOOLEAN',
			required: true,
			description:
				'Not in the M49 "developed regions" (Europe, Northern America, Japan, Israel, Cyprus, Australia, New Zealand). UNSD calls this a statistical convenience, not a judgement.'
		},
		{ name: 'ldc', type: 'BOOLEAN', required: true, description: 'On the UN-OHRLLS list of least developed countries (44, as of December 2024).' },
		{ name: 'sids', type: 'BOOLEAN', required: true, description: 'UN member on the UN-OHRLLS list of small island developing States (38 members).' },
		{ name: 'note', type: 'VARCHAR', description: 'Special cases: group membership, observer status, recent and scheduled LDC graduations.' },
		{ name: 'source_url', type: 'VARCHAR', required: true, description: 'Addresses of the UN lists the row follows, separated by " | ".' }
	]
};
