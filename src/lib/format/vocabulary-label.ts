import { m } from '$lib/paraglide/messages';

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
	'other/undisclosed': () => m.gender_other()
};

/** A UN regional group, stakeholder group or gender in the page's language, with the UN's names. */
export const vocabularyLabel = (value: string): string => LABELS[value]?.() ?? value;
