/** Formats generated chunks as the participants CSV (full labels) or as compact integer codes for DuckDB. */
import { GENDERS, MODES, REGIONS, STAKEHOLDERS } from './categories';
import type { Country } from './country-table';
import type { ParticipantChunk } from './generator';

export const PARTICIPANT_COLUMNS = [
	'participant_id',
	'year',
	'country_iso3',
	'un_regional_group',
	'stakeholder_group',
	'gender',
	'mode',
	'first_time',
	'developing_country',
	'synthetic'
] as const;

/** No label contains a comma or quote, so no field needs quoting. */
export function formatChunk(chunk: ParticipantChunk, countries: readonly Country[]): string {
	const lines = new Array<string>(chunk.length);
	for (let k = 0; k < chunk.length; k++) {
		const c = countries[chunk.country[k]];
		lines[k] =
			`${chunk.id[k]},${chunk.year[k]},${c.iso3},${REGIONS[chunk.region[k]]},${STAKEHOLDERS[chunk.stakeholder[k]]},` +
			`${GENDERS[chunk.gender[k]]},${MODES[chunk.mode[k]]},${chunk.firstTime[k] === 1},${c.developing},true\n`;
	}
	return lines.join('');
}

/** One line per row of integer codes (region and development follow from the country). */
export function formatChunkCodes(chunk: ParticipantChunk): string {
	const lines = new Array<string>(chunk.length);
	for (let k = 0; k < chunk.length; k++) {
		lines[k] = `${chunk.id[k]},${chunk.year[k]},${chunk.country[k]},${chunk.stakeholder[k]},${chunk.gender[k]},${chunk.mode[k]},${chunk.firstTime[k]}\n`;
	}
	return lines.join('');
}
