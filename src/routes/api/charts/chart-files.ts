// Build time: each chart's unfiltered rows as /api/charts/<id>.csv and what they are as <id>.metadata.json,
// from the same column definitions as the chart's Table view (src/lib/panels/tables/).
import { sourcesOf } from '$lib/data/catalog/source-urls';
import { attendanceByMeeting } from '$lib/data/transform/attendance';
import { concentrationByYear } from '$lib/data/transform/concentration';
import { yearRange } from '$lib/data/transform/funding-series';
import { mapCells, panelCells } from '$lib/data/transform/linked-cells';
import { yearShares } from '$lib/data/transform/composition-shares';
import {
	FIRST_MEETING_YEAR,
	GENDERS,
	LAST_MEETING_YEAR,
	STAKEHOLDER_GROUPS,
	UN_REGIONAL_GROUPS
} from '$lib/data/catalog/vocabularies';
import { attendanceSummary } from '$lib/format/attendance-text';
import { compositionSummary } from '$lib/format/composition-text';
import { yearSummary } from '$lib/format/funding-text';
import { SMALL_CELL_THRESHOLD } from '$lib/config';
import { fundingView, type FundingViewId } from '$lib/panels/funding/funding-views';
import { participationChart, type ParticipationChartId } from '$lib/panels/participation/participation-charts';
import { chartCsv, csvFields, type ChartColumn } from '$lib/panels/tables/chart-columns';
import { contributionsColumns } from '$lib/panels/tables/contributions-over-time';
import { donorColumns, donorSummary } from '$lib/panels/tables/donors-ranked';
import { concentrationColumns, concentrationSummary } from '$lib/panels/tables/funding-concentration';
import { recipientColumns, recipientSummary } from '$lib/panels/tables/recipients-earmarking';
import { hostColumns, hostSummary } from '$lib/panels/tables/host-support';
import { flowColumns, flowSummary } from '$lib/panels/tables/money-flows';
import { coverageColumns, coverageSummary } from '$lib/panels/tables/disclosure-coverage';
import { attendanceColumns } from '$lib/panels/tables/participants-per-year';
import { compositionColumns } from '$lib/panels/tables/composition';
import { diversity, diversityColumns, diversitySummary } from '$lib/panels/tables/diversity-index';
import { indicatorColumns, indicatorSummary } from '$lib/panels/tables/first-time-and-countries';
import { nriColumns, nriSummary } from '$lib/panels/tables/nris-over-time';
import { mapColumns, mapSummary, mapTableRows } from '$lib/panels/tables/participation-map';
import { fundingInitialData } from '../../funding/initial-data';
import { participationInitialData } from '../../participation/initial-data';

/** One chart's files: its CSV and the description its metadata gives of it. */
export interface ChartFile {
	id: string;
	/** The dashboard page the chart is on. */
	page: 'funding' | 'participation';
	recommendation: string;
	title: string;
	basis: string;
	summary: string;
	sources: string[];
	synthetic: boolean;
	rows: number;
	columns: { name: string; label: string | null; unit: string | null; meaning: string }[];
	csv: string;
}

type Described = Omit<ChartFile, 'rows' | 'columns' | 'csv' | 'page' | 'synthetic'>;

function chartFile<R extends Record<string, unknown>>(
	page: ChartFile['page'],
	info: Described,
	columns: ChartColumn<R>[],
	rows: R[],
	synthetic = false
): ChartFile {
	const labels = new Map(columns.map((c) => [c.key, c.label]));
	return {
		...info,
		page,
		synthetic,
		rows: rows.length,
		columns: csvFields(columns).map((f) => ({
			name: f.key,
			label: labels.get(f.key) ?? null,
			unit: f.unit,
			meaning: f.meaning
		})),
		csv: chartCsv(columns, rows)
	};
}

/** The charts as the pages show them unfiltered (US dollars, every year, map by country). */
async function build(): Promise<ChartFile[]> {
	const [f, p] = await Promise.all([fundingInitialData(), participationInitialData()]);
	const usd = 'usd' as const;
	const fund = (id: FundingViewId, summary: string, sources: string[]) => ({ ...fundingView(id), summary, sources });
	const part = (id: ParticipationChartId, summary: string, sources: string[]) => ({
		...participationChart(id),
		summary,
		sources
	});
	const years = yearRange(FIRST_MEETING_YEAR, LAST_MEETING_YEAR);
	const conc = concentrationByYear(f.shares);
	const meetings = attendanceByMeeting(p.attendance);
	const index = diversity(p.region, p.stakeholder);
	const cells = mapCells(p.linked, 'country', SMALL_CELL_THRESHOLD);
	const total = panelCells(p.linked, 'total', SMALL_CELL_THRESHOLD)[0] ?? { n: 0, complement: false };
	const composition = (
		id: ParticipationChartId,
		rows: typeof p.region,
		vocabulary: readonly string[],
		host = false
	) => {
		const info = participationChart(id);
		return chartFile(
			'participation',
			part(id, compositionSummary(yearShares(rows, vocabulary), info.title, host), sourcesOf(rows)),
			compositionColumns(host),
			rows
		);
	};
	return [
		chartFile(
			'funding',
			fund('contributions-over-time', yearSummary(f.byYear, years, usd), sourcesOf(f.byYear)),
			contributionsColumns(usd),
			f.byYear
		),
		chartFile(
			'funding',
			fund('donors-ranked', donorSummary(f.donors, usd), sourcesOf(f.donors)),
			donorColumns(usd),
			f.donors
		),
		chartFile(
			'funding',
			fund('funding-concentration', concentrationSummary(conc, years.length), sourcesOf(f.shares)),
			concentrationColumns(usd),
			conc
		),
		chartFile(
			'funding',
			fund('recipients-earmarking', recipientSummary(f.recipients, usd), sourcesOf(f.recipients)),
			recipientColumns(usd),
			f.recipients
		),
		chartFile(
			'funding',
			fund('host-support', hostSummary(f.hosts), sourcesOf(f.hosts)),
			hostColumns(f.countries),
			f.hosts
		),
		chartFile('funding', fund('money-flows', flowSummary(f.links, usd), sourcesOf(f.links)), flowColumns(usd), f.links),
		chartFile('funding', fund('disclosure-coverage', coverageSummary(f.coverage), []), coverageColumns(), f.coverage),
		chartFile(
			'participation',
			part(
				'participants-per-year',
				attendanceSummary(p.attendance),
				sourcesOf(p.attendance.filter((r) => r.value !== null))
			),
			attendanceColumns((mt) => mt.host),
			meetings
		),
		composition('stakeholder-composition', p.stakeholder, STAKEHOLDER_GROUPS),
		composition('regional-composition', p.region, UN_REGIONAL_GROUPS, true),
		composition('gender-balance', p.gender, GENDERS),
		chartFile(
			'participation',
			part('first-time-and-countries', indicatorSummary(p.indicators), sourcesOf(p.indicators)),
			indicatorColumns(),
			p.indicators
		),
		chartFile('participation', part('nris-over-time', nriSummary(p.nris), sourcesOf(p.nris)), nriColumns(), p.nris),
		chartFile(
			'participation',
			part('participation-map', mapSummary(cells, total, 'country', [], SMALL_CELL_THRESHOLD), []),
			mapColumns('country', (iso3) => iso3, SMALL_CELL_THRESHOLD),
			mapTableRows(cells, 'country'),
			true
		),
		chartFile(
			'participation',
			part(
				'diversity-index',
				diversitySummary(index.byRegion, index.byGroup),
				sourcesOf([...p.region, ...p.stakeholder])
			),
			diversityColumns(),
			index.rows
		)
	];
}

let built: Promise<ChartFile[]> | null = null;
/** Built once per build: the CSV and metadata endpoints of every chart read the same answer. */
export const chartFiles = () => (built ??= build());
