import { readManifest } from '$lib/server/build-database';
import { readBundledCategoryMap } from '$lib/server/category-map';
import { readTargetCoverage } from '$lib/server/synthetic-targets';
import { allReleases } from '$lib/server/releases';
import { releaseView } from '$lib/data/release/changelog-view';
import { columnDescriptions } from '$lib/format/column-text';
import { CHART_IDS } from '$lib/panels/chart-ids';

// A changelog lists its first entries on the page; /api/releases/<id>.json keeps every one.
const CHANGES_SHOWN = 25;

export async function load() {
	const [manifest, coverage, categoryMap] = await Promise.all([readManifest(), readTargetCoverage(), readBundledCategoryMap()]);
	return {
		manifest,
		coverage,
		categoryMap,
		releases: allReleases().map((r) => releaseView(r, CHANGES_SHOWN)),
		// Worded here, in the page's language, so the page does not ship every language's ninety descriptions.
		descriptions: columnDescriptions(manifest.datasets),
		// Ids only: importing the list in the page would ship every chart's titles in six languages.
		chartIds: CHART_IDS
	};
}
