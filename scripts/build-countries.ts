// Builds data/sources/countries.csv: the UN's short names (i18n-iso-countries where it agrees, UN_SHORT_NAMES where
// it does not) joined to the sourced UN mapping in un_groups.csv. Run: npx tsx scripts/build-countries.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { csvFormat, csvParse } from 'd3-dsv';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

const SOURCES = {
	groups: 'https://www.un.org/dgacm/en/content/regional-groups',
	m49: 'https://unstats.un.org/unsd/methodology/m49/',
	ldc: 'https://www.un.org/ohrlls/content/list-ldcs',
	sids: 'https://www.un.org/ohrlls/content/list-sids',
	names: 'https://unterm.un.org/unterm2/en/country'
};

/**
 * The UN short name (UNTERM country names, as in the M49 list) where i18n-iso-countries gives another form;
 * every other row's i18n-iso-countries name is already the UN's.
 */
const UN_SHORT_NAMES: Record<string, string> = {
	BOL: 'Bolivia (Plurinational State of)',
	CHN: 'China',
	CIV: "Côte d'Ivoire",
	COG: 'Congo',
	CPV: 'Cabo Verde',
	CZE: 'Czechia',
	FSM: 'Micronesia (Federated States of)',
	GBR: 'United Kingdom of Great Britain and Northern Ireland',
	GMB: 'Gambia',
	IRN: 'Iran (Islamic Republic of)',
	KOR: 'Republic of Korea',
	MDA: 'Republic of Moldova',
	MKD: 'North Macedonia',
	NLD: 'Netherlands (Kingdom of the)',
	PRK: "Democratic People's Republic of Korea",
	VAT: 'Holy See',
	VEN: 'Venezuela (Bolivarian Republic of)',
	VNM: 'Viet Nam'
};
const DEVELOPED_NOTE =
	'developing = not in the M49 "developed regions" (Europe, Northern America, Japan, Israel, Cyprus, Australia, New Zealand), as UNSD long published them';

countries.registerLocale(en);
const mapping = csvParse(readFileSync('data/sources/un_groups.csv', 'utf8'));

const rows = mapping.map((m) => {
	const iso3 = m.iso3 ?? '';
	const name = UN_SHORT_NAMES[iso3] ?? countries.getName(iso3, 'en');
	if (!name) throw new Error(`no English name for ${iso3}`);
	return {
		iso3,
		name,
		un_regional_group: m.un_regional_group ?? '',
		un_status: m.un_status ?? '',
		m49_region: m.m49_region ?? '',
		m49_subregion: m.m49_subregion ?? '',
		m49_intermediate_region: m.m49_intermediate_region ?? '',
		developing: m.developing ?? '',
		ldc: m.ldc ?? '',
		sids: m.sids ?? '',
		note: m.note ?? '',
		source_url: Object.values(SOURCES).join(' | ')
	};
});

rows.sort((a, b) => a.iso3.localeCompare(b.iso3));
writeFileSync('data/sources/countries.csv', csvFormat(rows) + '\n');
console.log(`countries.csv: ${rows.length} rows (${DEVELOPED_NOTE})`);
