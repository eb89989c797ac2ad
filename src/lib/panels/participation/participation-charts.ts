import { m } from '$lib/paraglide/messages';
import { MIN_HARMONISED } from '$lib/data/transform/composition-shares';
import { formatInteger, formatWholePercent } from '$lib/format/number';
import { SMALL_CELL_THRESHOLD } from '$lib/config';
import { chartInfo, type ChartTexts } from '../chart-info';

/** The participation charts and their recommendations, under stable ids for anchors and /api/charts/<id>. */
export const PARTICIPATION_CHARTS = [
	{ id: 'participants-per-year', recommendation: 'IV.2' },
	{ id: 'stakeholder-composition', recommendation: 'IV.1' },
	{ id: 'regional-composition', recommendation: 'IV.1' },
	{ id: 'gender-balance', recommendation: 'IV.1' },
	{ id: 'first-time-and-countries', recommendation: 'IV.4' },
	{ id: 'nris-over-time', recommendation: 'IV.4' },
	{ id: 'participation-map', recommendation: 'IV.1' },
	{ id: 'diversity-index', recommendation: 'IV.1' }
] as const;

export type ParticipationChartId = (typeof PARTICIPATION_CHARTS)[number]['id'];

const TEXTS: Record<ParticipationChartId, ChartTexts> = {
	'participants-per-year': { title: () => m.chart_attendance(), basis: () => m.basis_attendance() },
	'stakeholder-composition': { title: () => m.chart_stakeholder_composition(), basis: () => m.basis_stakeholders() },
	'regional-composition': { title: () => m.chart_regional_composition(), basis: () => m.basis_regions() },
	'gender-balance': { title: () => m.chart_gender_balance(), basis: () => m.basis_gender() },
	'first-time-and-countries': { title: () => m.chart_indicators(), basis: () => m.basis_indicators() },
	'nris-over-time': { title: () => m.chart_nris(), basis: () => m.basis_nris() },
	'participation-map': {
		title: () => m.chart_participants_map(),
		basis: () => m.basis_map({ threshold: formatInteger(SMALL_CELL_THRESHOLD) })
	},
	'diversity-index': {
		title: () => m.chart_diversity(),
		basis: () => m.basis_diversity({ min: formatWholePercent(MIN_HARMONISED) })
	}
};

/** A participation chart with its title and basis in the page's language. */
export const participationChart = chartInfo(PARTICIPATION_CHARTS, TEXTS);
