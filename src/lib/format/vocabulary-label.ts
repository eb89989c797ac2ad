import { m } from '$lib/paraglide/messages';
// Its own module so /data names confidence words without loading every vocabulary's words.
export { confidenceLabel } from './confidence-label';

// The vocabularies' values stay the data's (URL, exports, SQL); only what a reader sees is translated.
const LABELS: Record<string, () => string> = {
	African: () => m.region_african(),
	'Asia-Pacific': () => m.region_asia_pacific(),
	'Eastern European': () => m.region_eastern_european(),
	GRULAC: () => m.region_grulac(),
	WEOG: () => m.region_weog(),
	government: () => m.stakeholder_government(),
	'civil society': () => m.stakeholder_civil_society(),
	'private sector': () => m.stakeholder_private_sector(),
	'technical community': () => m.stakeholder_technical_community(),
	'intergovernmental organisation': () => m.stakeholder_intergovernmental(),
	media: () => m.stakeholder_media(),
	female: () => m.gender_female(),
	male: () => m.gender_male(),
	'other/undisclosed': () => m.gender_other(),
	onsite: () => m.att_measure_onsite(),
	online: () => m.att_measure_online()
};

/** A UN regional group, stakeholder group or gender in the page's language, with the UN's names. */
export const vocabularyLabel = (value: string): string => LABELS[value]?.() ?? value;

const FORMATS: Record<string, () => string> = {
	'in-person': () => m.lbl_format_in_person(),
	'in-person+remote': () => m.lbl_format_in_person_remote(),
	hybrid: () => m.lbl_format_hybrid(),
	online: () => m.lbl_format_online()
};
/** A meeting's format (in person, hybrid…) in the page's language. */
export const meetingFormatLabel = (value: string): string => FORMATS[value]?.() ?? value;

const UNITS: Record<string, () => string> = {
	count: () => m.lbl_unit_count(),
	count_approx: () => m.lbl_unit_count_approx(),
	count_lower_bound: () => m.lbl_unit_count_lower_bound(),
	percent_of_participants: () => m.lbl_unit_pct_participants(),
	percent_of_participants_approx: () => m.lbl_unit_pct_participants_approx(),
	percent_of_registered_approx: () => m.lbl_unit_pct_registered_approx(),
	percent_upper_bound: () => m.lbl_unit_pct_upper_bound()
};
/** A published unit ("percent of participants") in the page's language; others as the data writes them. */
export const unitLabel = (unit: string): string => UNITS[unit]?.() ?? unit.replaceAll('_', ' ');
