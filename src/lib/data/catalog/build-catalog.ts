// Build time only (Node): validate every source (CSV, or Parquet in its place), then write Parquet files and data/manifest.json.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDataset, type BuiltDataset } from './build-dataset';
import { CATEGORY_MAP_FILE, readCategoryMap } from './category-map';
import type { Manifest } from './manifest';
import { datasetEntry, keepBuiltAt, manifestJson } from './manifest-file';
import { errorsOf, sortProblems, type Problem } from './problem';
import type { DatasetSpec } from './schema';
import { parquetAsCsvText } from './parquet-source';
import { openParquetWriter } from './write-parquet';

export interface BuildOptions {
	sourcesDir: string;
	outDir: string;
	datasets: readonly DatasetSpec[];
	/** Defaults to now; kept from an existing manifest when nothing else changed. */
	builtAt?: string;
}

export interface BuildResult {
	problems: Problem[];
	/** Null when validation failed and nothing was written. */
	manifest: Manifest | null;
}

/**
 * A source's text: `name` (CSV) from dir, or the Parquet file of the same stem in its place (a ledger
 * exported as Parquet). Both present is an error: which one is meant would be a guess.
 */
async function readSource(dir: string, name: string, problems: Problem[]): Promise<{ text: string; file: string } | null> {
	const path = join(dir, name);
	const parquetPath = path.replace(/\.csv$/, '.parquet');
	const file = relative(process.cwd(), path) || path;
	const parquetFile = relative(process.cwd(), parquetPath) || parquetPath;
	const hasParquet = parquetPath !== path && existsSync(parquetPath);
	if (hasParquet && existsSync(path)) {
		problems.push({
			file: parquetFile,
			line: 1,
			column: 1,
			severity: 'error',
			message: `both ${name} and this Parquet file are in the sources folder: keep one`
		});
		return null;
	}
	if (hasParquet) {
		try {
			return { text: await parquetAsCsvText(parquetPath), file: parquetFile };
		} catch (e) {
			const message = e instanceof Error ? e.message : String(e);
			problems.push({ file: parquetFile, line: 1, column: 1, severity: 'error', message: `not a readable Parquet file: ${message}` });
			return null;
		}
	}
	if (!existsSync(path)) {
		problems.push({ file, line: 1, column: 1, severity: 'error', message: 'source file not found' });
		return null;
	}
	return { text: await readFile(path, 'utf8'), file };
}

/** Validates all sources; only when there is no error writes `<name>.parquet` and `manifest.json` to outDir. */
export async function buildCatalog(opts: BuildOptions): Promise<BuildResult> {
	const problems: Problem[] = [];
	const mapSource = await readSource(opts.sourcesDir, CATEGORY_MAP_FILE, problems);
	const categories = mapSource ? readCategoryMap(mapSource.text, mapSource.file) : null;
	if (categories) problems.push(...categories.problems);
	const built: BuiltDataset[] = [];
	for (const spec of opts.datasets) {
		const source = await readSource(opts.sourcesDir, spec.source, problems);
		if (!source || !categories) continue;
		const dataset = buildDataset(spec, source.text, source.file, categories.map);
		problems.push(...dataset.problems);
		built.push(dataset);
	}
	if (errorsOf(problems).length > 0) return { problems: sortProblems(problems), manifest: null };

	await mkdir(opts.outDir, { recursive: true });
	const writer = await openParquetWriter();
	const datasets = [];
	try {
		for (const { spec, rows } of built) {
			const path = join(opts.outDir, `${spec.name}.parquet`);
			await writer.write(spec, rows, path);
			datasets.push(datasetEntry(spec, rows, await readFile(path)));
		}
	} finally {
		writer.close();
	}
	const manifestPath = join(opts.outDir, 'manifest.json');
	const previous = existsSync(manifestPath) ? (JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest) : null;
	const manifest = keepBuiltAt({ built_at: opts.builtAt ?? new Date().toISOString(), datasets }, previous);
	await writeFile(manifestPath, manifestJson(manifest));
	return { problems: sortProblems(problems), manifest };
}
