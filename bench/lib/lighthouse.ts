// Lighthouse with its mobile defaults (simulated slow 4G, 4× CPU slowdown, a phone's screen) against the
// bench server, in its own Chromium launched the way Lighthouse's CLI does it.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../scripts/chromium-path.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export interface LighthouseRun {
	/** Category scores, 0–100. */
	performance: number;
	accessibility: number;
	bestPractices: number;
	/** Simulated metrics, ms. */
	lcp: number;
	tbt: number;
	fcp: number;
	/** Bytes transferred during the load, as Lighthouse counts them (`total-byte-weight`). */
	transferBytes: number;
	/** Audits that cost the accessibility or best-practices score: what to fix. */
	failing: string[];
}

/** Runs Lighthouse `runs` times on each URL, one after the other; a run that yields no report throws. */
export async function lighthouseRuns(
	executablePath: string,
	urls: string[],
	runs: number,
	log: (msg: string) => void
): Promise<LighthouseRun[][]> {
	const chrome = await chromeLauncher.launch({
		chromePath: executablePath,
		chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
		logLevel: 'silent'
	});
	try {
		const all: LighthouseRun[][] = [];
		for (const url of urls) {
			const ofUrl: LighthouseRun[] = [];
			for (let i = 0; i < runs; i++) {
				log(`  Lighthouse ${new URL(url).pathname} (${i + 1}/${runs})…`);
				const result = await lighthouse(url, {
					port: chrome.port,
					logLevel: 'error',
					onlyCategories: [...CATEGORIES]
				});
				if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
				ofUrl.push(summariseReport(result.lhr));
			}
			all.push(ofUrl);
		}
		return all;
	} finally {
		chrome.kill();
	}
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function summariseReport(lhr: Report): LighthouseRun {
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
	const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const failing = ['accessibility', 'best-practices'].flatMap((c) =>
		(lhr.categories[c]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${c}: ${ref.id}`)
	);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		lcp: metric('largest-contentful-paint'),
		tbt: metric('total-blocking-time'),
		fcp: metric('first-contentful-paint'),
		transferBytes: metric('total-byte-weight'),
		failing
	};
}
