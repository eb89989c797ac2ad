/** Canonical categories of the synthetic participant records; index order is the code used in generated chunks. */
import { GENDERS, STAKEHOLDER_GROUPS, UN_REGIONAL_GROUPS } from '../catalog/vocabularies';

export const REGIONS = UN_REGIONAL_GROUPS;
export const STAKEHOLDERS = STAKEHOLDER_GROUPS;
export { GENDERS };
export const MODES = ['onsite', 'online'] as const;
const FIRST_TIME = ['true', 'false'] as const;

/** The dimensions whose per-year shares are targets, keyed by the dimension name used in the published data. */
export const TARGET_DIMENSIONS = {
	region: REGIONS,
	stakeholder_group: STAKEHOLDERS,
	gender: GENDERS,
	first_time: FIRST_TIME
} as const;

export type TargetDimension = keyof typeof TARGET_DIMENSIONS;
