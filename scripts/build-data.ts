// `npm run data`: validate data/sources/*.csv and write data/*.parquet + data/manifest.json.
// `npm run data -- --check`: fail when the committed outputs differ from what the sources produce.
import { resolve } from 'node:path';
import { buildCatalog } from '../src/lib/data/catalog/build-catalog';
import { checkUpToDate } from '../src/lib/data/catalog/check-up-to-date';
import { DATASETS } from '../src/lib/data/catalog/datasets/index';
import { errorsOf, formatProblem, warningsOf } from '../src/lib/data/catalog/problem';
import { keepReleaseFiles, latestRelease, nextRelease, readParquetRows, writeRelease } from './release/record-release';

const dataDir = resolve(process.argv.find((a) => a.startsWith('--data='))?.slice(7) ?? 'data');

async function main(): Promise<number> {
	if (process.argv.includes('--check')) {
		const differences = await checkUpToDate(dataDir, DATASETS);
		for (const d of differences) console.error(d);
		if (differences.length === 0) console.log('data/ is up to date with data/sources/');
		return differences.length === 0 ? 0 : 1;
	}
	// The rows as they were, for the changelog: the build overwrites the Parquet files.
	const before = await rowsOfDatasets();
	const { problems, manifest } = await buildCatalog({
		sourcesDir: resolve(dataDir, 'sources'),
		outDir: dataDir,
		datasets: DATASETS
	});
	for (const p of warningsOf(problems)) console.warn(formatProblem(p));
	const errors = errorsOf(problems);
	for (const p of errors) console.error(formatProblem(p));
	if (!manifest) {
		console.error(`\n${errors.length} error(s); nothing written.`);
		return 1;
	}
	for (const d of manifest.datasets)
		console.log(`${d.file}: ${d.rows} rows, ${d.bytes} bytes, ${d.source_count} sources`);
	console.log(
		`${warningsOf(problems).length} warning(s); wrote ${manifest.datasets.length} datasets and manifest.json`
	);
	const releasesDir = resolve(dataDir, 'releases');
	const latest = await latestRelease(releasesDir);
	const release = nextRelease(
		manifest,
		latest,
		{ before, after: await rowsOfDatasets() },
		DATASETS,
		// The manifest keeps its build date while nothing changes, so a release is dated by its data.
		new Date(manifest.built_at)
	);
	if (release) console.log(`recorded release ${release.id} in ${await writeRelease(releasesDir, release)}`);
	else console.log('data unchanged since the latest release; no release recorded');
	// The newest release's files are data/ itself; kept too when recorded before releases kept files.
	const current = release ?? latest;
	const kept = current && (await keepReleaseFiles(releasesDir, current, dataDir));
	if (kept) console.log(`kept release ${current.id}'s manifest and Parquet files in ${kept}`);
	return 0;
}

async function rowsOfDatasets() {
	const rows = new Map<string, Awaited<ReturnType<typeof readParquetRows>>>();
	for (const spec of DATASETS) rows.set(spec.name, await readParquetRows(resolve(dataDir, `${spec.name}.parquet`)));
	return rows;
}

main().then(
	(code) => process.exit(code),
	(err) => {
		console.error(err);
		process.exit(2);
	}
);
