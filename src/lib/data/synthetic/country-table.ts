/** The country reference table (data/sources/countries.csv) as the generator needs it. */
import { csvParse } from 'd3-dsv';
import { REGIONS } from './categories';

export interface Country {
	iso3: string;
	name: string;
	/** Empty for a state in no UN regional group (Holy See). */
	group: string;
	unStatus: string;
	developing: boolean;
}

export function parseCountries(text: string): Country[] {
	return csvParse(text).map((r) => ({
		iso3: r.iso3 ?? '',
		name: r.name ?? '',
		group: r.un_regional_group ?? '',
		unStatus: r.un_status ?? '',
		developing: r.developing === 'true'
	}));
}

/** Indices into `countries` per region, in REGIONS order. */
export function countriesByRegion(countries: readonly Country[]): number[][] {
	return REGIONS.map((region) =>
		countries.flatMap((c, i) => (c.group === region ? [i] : []))
	);
}
