/** Canonical categories of the synthetic participant records; index order is the code used in generated chunks. */
export const REGIONS = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'] as const;
export const STAKEHOLDERS = [
	'government',
	'civil society',
	'private sector',
	'technical community',
	'intergovernmental organisation',
	'media'
] as const;
export const GENDERS = ['female', 'male', 'other/undisclosed'] as const;
export const MODES = ['onsite', 'online'] as const;
export const FIRST_TIME = ['true', 'false'] as const;

/** The dimensions whose per-year shares are targets, keyed by the dimension name used in the published data. */
export const TARGET_DIMENSIONS = {
	region: REGIONS,
	stakeholder_group: STAKEHOLDERS,
	gender: GENDERS,
	first_time: FIRST_TIME
} as const;

export type TargetDimension = keyof typeof TARGET_DIMENSIONS;
