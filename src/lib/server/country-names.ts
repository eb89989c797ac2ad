// Country names in the page's language, looked up at build time: the browser gets only the names a page
// shows, in its language, never i18n-iso-countries' tables.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { parseCountries } from '$lib/data/synthetic/country-table';
import type { CountryNames } from '$lib/format/country-label';
import { DATA_DIR } from './build-database';

for (const locale of [ar, es, fr, ru, zh]) isoCountries.registerLocale(locale);

let unNames: Map<string, string> | null = null;
/** ISO alpha-3 → the UN short name of countries.csv (Türkiye, Czechia…): the English the site writes. */
export function unShortNames(): Map<string, string> {
	unNames ??= new Map(
		parseCountries(readFileSync(resolve(DATA_DIR, 'sources', 'countries.csv'), 'utf8')).map((c) => [c.iso3, c.name])
	);
	return unNames;
}

let byName: Map<string, string> | null = null;
/** The UN short name → ISO alpha-3: the inverse of unShortNames, built once per build. */
function iso3ByName(): Map<string, string> {
	byName ??= new Map([...unShortNames()].map(([iso3, name]) => [name, iso3]));
	return byName;
}

/** A country's name in `locale` by its ISO alpha-3; English is the UN short name. */
export function countryName(iso3: string, locale: Locale): string | undefined {
	if (locale === baseLocale) return unShortNames().get(iso3);
	return isoCountries.getName(iso3, locale) ?? unShortNames().get(iso3);
}

/** English names as the data writes them (countries.csv) → their names in `locale`; English needs none. */
export function countryNames(english: Iterable<string>, locale: Locale): CountryNames {
	if (locale === baseLocale) return {};
	const out: Record<string, string> = {};
	for (const name of english) {
		const iso3 = iso3ByName().get(name);
		const local = iso3 && countryName(iso3, locale);
		if (local) out[name] = local;
	}
	return out;
}

/** English names as the data writes them → their ISO alpha-3 codes (names outside countries.csv are left out). */
export function iso3Codes(english: Iterable<string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of english) {
		const iso3 = iso3ByName().get(name);
		if (iso3) out[name] = iso3;
	}
	return out;
}
