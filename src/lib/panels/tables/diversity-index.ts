// Diversity per year (normalised Shannon entropy of the published shares): rows, columns and summary.
import type { CompositionRow } from '$lib/data/queries/composition';
import { diversityByYear, yearShares } from '$lib/data/transform/composition-shares';
import { STAKEHOLDER_GROUPS, UN_REGIONAL_GROUPS } from '$lib/data/catalog/vocabularies';
import { formatFixed } from '$lib/format/number';
import { m } from '$lib/paraglide/messages';
import { yearColumn, type ChartColumn } from './chart-columns';

export interface DiversityRow extends Record<string, unknown> {
	year: number;
	/** Null when the year's shares are not harmonised enough to compute it. */
	region: number | null;
	stakeholder: number | null;
}
type ByYear = readonly { year: number; index: number }[];

/** The index per year for regions and stakeholder groups, from the two composition queries' rows. */
export function diversity(region: readonly CompositionRow[], stakeholder: readonly CompositionRow[]) {
	const byRegion = diversityByYear(yearShares(region, UN_REGIONAL_GROUPS), UN_REGIONAL_GROUPS.length);
	const byGroup = diversityByYear(yearShares(stakeholder, STAKEHOLDER_GROUPS), STAKEHOLDER_GROUPS.length);
	const indexOf = (list: ByYear, year: number) => list.find((x) => x.year === year)?.index ?? null;
	const rows = [...new Set([...byRegion, ...byGroup].map((d) => d.year))]
		.sort((a, b) => a - b)
		.map<DiversityRow>((year) => ({ year, region: indexOf(byRegion, year), stakeholder: indexOf(byGroup, year) }));
	return { byRegion, byGroup, rows };
}

/** An index as the chart writes it. */
export const formatIndex = (n: number) => formatFixed(n, 2);
const indexText = (n: number | null) => (n == null ? '—' : formatIndex(n));

const MEANING =
	'normalised Shannon entropy of the year’s published shares (0–1; 1 = every group equal); empty when too little is harmonised';

export const diversityColumns = (): ChartColumn<DiversityRow>[] => [
	yearColumn(),
	{
		key: 'region',
		label: m.tbl_regional_diversity(),
		numeric: true,
		unit: 'index',
		meaning: `Regional diversity: ${MEANING}`,
		format: (r) => indexText(r.region)
	},
	{
		key: 'stakeholder',
		label: m.tbl_stakeholder_diversity(),
		numeric: true,
		unit: 'index',
		meaning: `Stakeholder diversity: ${MEANING}`,
		format: (r) => indexText(r.stakeholder)
	}
];

export function diversitySummary(byRegion: ByYear, byGroup: ByYear): string {
	const yearList = (list: ByYear) =>
		list.map((d) => `${d.year} ${formatIndex(d.index)}`).join(m.lbl_list_separator()) || m.lbl_no_year();
	return m.sum_diversity({ regions: yearList(byRegion), stakeholders: yearList(byGroup) });
}
