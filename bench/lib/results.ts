// The results files: per size (and `mobile` for the phone measures), the baseline run and the latest one
// (git keeps every run in between).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'prettier';
import type { AppInteractionRun } from './app-interactions';
import type { SizeResult } from './engine-runs';
import type { FirstChartRun } from './first-chart';
import type { MobileResults } from './mobile';
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
	/** Lighthouse and the slow link, per route; kept in their own file (`mobile`), not in each size's. */
	mobile?: MobileResults;
}

/** The phone measures' file: the run's date, machine and rows, with every Lighthouse run and slow-link load. */
export type MobileResultsFile = Pick<BenchResults, 'date' | 'machine' | 'rows'> & MobileResults;

/**
 * The run as if only `size` had been measured: its own samples and `sizeRows`, with the measures every run
 * takes on the bundled data (first chart, clicks) and their rows, `runRows`.
 */
export function resultsForSize(results: BenchResults, size: string, runRows: Row[], sizeRows: Row[]): BenchResults {
	const only = <T>(bySize: Record<string, T>): Record<string, T> => (size in bySize ? { [size]: bySize[size] } : {});
	return {
		...results,
		mobile: undefined,
		options: { ...results.options, sizes: [size], files: only(results.options.files) },
		rows: [...runRows, ...sizeRows],
		sizes: only(results.sizes),
		pageAtSize: only(results.pageAtSize)
	};
}

/** bench/results/<key>.baseline.json and <key>.latest.json: a size, or `mobile`. */
const resultsPaths = (dir: string, key: string) => ({
	baseline: join(dir, `${key}.baseline.json`),
	latest: join(dir, `${key}.latest.json`)
});

/**
 * Writes a size's (or the mobile) results as its latest, and as its baseline too when it has none or
 * `asBaseline` is set; returns the paths written. Formatted by Prettier, so that two runs' files diff line by line.
 */
export async function writeSizeResults(
	dir: string,
	key: string,
	results: BenchResults | MobileResultsFile,
	asBaseline = false
): Promise<string[]> {
	const paths = resultsPaths(dir, key);
	const targets = [paths.latest, ...(asBaseline || !existsSync(paths.baseline) ? [paths.baseline] : [])];
	for (const path of targets) await writeResults(path, results);
	return targets;
}

/** Writes one results file (creating its folder); returns its path. */
export async function writeResults(path: string, results: BenchResults | MobileResultsFile): Promise<string> {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, await format(JSON.stringify(results), { filepath: path }));
	return path;
}
