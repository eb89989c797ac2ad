/** ISO alpha-3 of each meeting's host country, from the English name in meetings.csv. */
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { MeetingRow } from './inputs';

isoCountries.registerLocale(en);

/** Undefined for meetings with no host country (IGF 2020 was online, hosted by the UN). */
export function hostIso3(meeting: MeetingRow): string | undefined {
	return isoCountries.getAlpha3Code(meeting.country, 'en') ?? undefined;
}
