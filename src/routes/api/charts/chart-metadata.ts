// What /api/charts/<id>.metadata.json says of a chart: a machine file, in English, that names its language.
import type { Release } from '$lib/data/release/release';
import type { ChartFile } from './chart-files';

/**
 * `release`: the newest data release (the rows are its data); `base`: the site's base path, since the
 * file names the chart's other addresses as paths on the site that serves it.
 */
export function chartMetadata(chart: ChartFile, release: Pick<Release, 'id' | 'date'> | null, base: string) {
	const dashboard = `${base}/${chart.page}#${chart.id}`;
	const data = `${base}/api/charts/${chart.id}.csv`;
	const edition = release ? `, data release ${release.id} (${release.date})` : '';
	return {
		language: 'en',
		id: chart.id,
		title: chart.title,
		recommendation: chart.recommendation,
		summary: chart.summary,
		basis: chart.basis,
		synthetic: chart.synthetic,
		release: release
			? { id: release.id, date: release.date, changelog: `${base}/api/releases/${release.id}.json` }
			: null,
		addresses: 'Paths on the site that serves this file: prefix them with its origin.',
		dashboard,
		embed: chart.page === 'funding' ? `${base}/embed/${chart.id}` : null,
		data,
		rows: chart.rows,
		columns: chart.columns,
		sources: chart.sources,
		citation: `IGF Metrics, “${chart.title}” (evidence for CSTD working group recommendation ${chart.recommendation})${edition}. ${dashboard}`
	};
}
