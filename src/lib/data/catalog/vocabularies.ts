/** Closed vocabularies shared by dataset specs and the category map. */
export const CONFIDENCE = ['exact', 'lower bound', 'approximate', 'secondary', 'pledge', 'decision'] as const;

/** How sure a single meeting figure is: the confidence words that apply to a count (no pledges or decisions). */
export const FIGURE_QUALIFIERS = ['exact', 'lower bound', 'approximate', 'secondary'] as const;

export const UN_REGIONAL_GROUPS = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'] as const;

export const STAKEHOLDER_GROUPS = [
	'government',
	'civil society',
	'private sector',
	'technical community',
	'intergovernmental organisation',
	'media'
] as const;

/** `other/undisclosed` gathers "other", "prefer not to say" and non-binary answers: sources do not separate them. */
export const GENDERS = ['female', 'male', 'other/undisclosed'] as const;

/** Canonical vocabulary of each category-map dimension. */
export const CANONICAL: Record<string, readonly string[]> = {
	region: UN_REGIONAL_GROUPS,
	stakeholder_group: STAKEHOLDER_GROUPS,
	gender: GENDERS,
	donor_type: STAKEHOLDER_GROUPS
};

/** The annual IGF meetings this dashboard covers: the one place the year range is declared. */
export const FIRST_MEETING_YEAR = 2006;
export const LAST_MEETING_YEAR = 2025;
export const MEETING_YEARS: readonly number[] = Array.from(
	{ length: LAST_MEETING_YEAR - FIRST_MEETING_YEAR + 1 },
	(_, i) => FIRST_MEETING_YEAR + i
);
