/** ISO alpha-3 of each meeting's host country, from the English name in meetings.csv. */
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Country } from './country-table';
import type { MeetingRow } from './inputs';

isoCountries.registerLocale(en);

/**
 * The UN short name in countries.csv first, then any English name i18n-iso-countries knows (e.g. an older
 * form such as 'Turkey'). Undefined for meetings with no host country (IGF 2020 was online, hosted by the UN).
 */
export function hostIso3(meeting: MeetingRow, countries: readonly Country[]): string | undefined {
	const named = countries.find((c) => c.name === meeting.country);
	return named?.iso3 ?? isoCountries.getAlpha3Code(meeting.country, 'en') ?? undefined;
}
