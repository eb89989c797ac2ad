// The results files: per size, the baseline run and the latest one (git keeps every run in between).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'prettier';
import type { AppInteractionRun } from './app-interactions';
import type { SizeResult } from './engine-runs';
import type { FirstChartRun } from './first-chart';
import type { Row, describeMachine } from './report';
import type { PageAtSize } from './rows';

/** One run: every sample, the table's rows and the machine, so runs can be compared. */
export interface BenchResults {
	date: string;
	machine: ReturnType<typeof describeMachine>;
	options: {
		sizes: string[];
		runs: number;
		steps: number;
		files: Record<string, string>;
		pauseMs: number;
		rapidPauseMs: number;
	};
	rows: Row[];
	/** Measured on the bundled data whatever the sizes: part of every size's results. */
	firstChart: { app: FirstChartRun[]; naive: FirstChartRun[] };
	appInteractions: AppInteractionRun[];
	rapidAppInteractions: AppInteractionRun[];
	sizes: Record<string, SizeResult>;
	pageAtSize: Record<string, PageAtSize>;
}

/**
 * The run as if only `size` had been measured: its own samples and `sizeRows`, with the measures every run
 * takes on the bundled data (first chart, clicks) and their rows, `runRows`.
 */
export function resultsForSize(results: BenchResults, size: string, runRows: Row[], sizeRows: Row[]): BenchResults {
	const only = <T>(bySize: Record<string, T>): Record<string, T> => (size in bySize ? { [size]: bySize[size] } : {});
	return {
		...results,
		options: { ...results.options, sizes: [size], files: only(results.options.files) },
		rows: [...runRows, ...sizeRows],
		sizes: only(results.sizes),
		pageAtSize: only(results.pageAtSize)
	};
}

/** bench/results/<size>.baseline.json and <size>.latest.json. */
const resultsPaths = (dir: string, size: string) => ({
	baseline: join(dir, `${size}.baseline.json`),
	latest: join(dir, `${size}.latest.json`)
});

/**
 * Writes a size's results as its latest, and as its baseline too when it has none or `asBaseline` is set;
 * returns the paths written. Formatted by Prettier, so that two runs' files diff line by line.
 */
export async function writeSizeResults(
	dir: string,
	size: string,
	results: BenchResults,
	asBaseline = false
): Promise<string[]> {
	const paths = resultsPaths(dir, size);
	const targets = [paths.latest, ...(asBaseline || !existsSync(paths.baseline) ? [paths.baseline] : [])];
	for (const path of targets) await writeResults(path, results);
	return targets;
}

/** Writes one results file (creating its folder); returns its path. */
export async function writeResults(path: string, results: BenchResults): Promise<string> {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, await format(JSON.stringify(results), { filepath: path }));
	return path;
}
