// What a phone gets, per route: Lighthouse's mobile scores and metrics (median of its runs), and the bytes a
// slow link carries before any interaction, with whether the page asked for WebAssembly.
import type { Browser } from 'playwright-core';
import { lighthouseRuns, type LighthouseRun } from './lighthouse';
import { row, type Row } from './report';
import { CPU_SLOWDOWN, QUIET_MS, SLOW_LINK, slowLinkRun, type SlowLinkRun } from './slow-link';

/** Every page of the navigation (tests/e2e/a11y.spec.ts checks that list against the app's). */
export const MOBILE_ROUTES = ['/', '/funding', '/participation', '/explore', '/data'];

export interface MobileOptions {
	routes: string[];
	/** Lighthouse runs per route. */
	lighthouseRuns: number;
	/** The slow-link load stops waiting for quiet after this long. */
	slowLinkMaxMs: number;
}

export interface MobileResults {
	options: MobileOptions & { slowLink: typeof SLOW_LINK & { cpuSlowdown: number; quietMs: number } };
	lighthouse: Record<string, LighthouseRun[]>;
	slowLink: Record<string, SlowLinkRun>;
}

export async function measureMobile(
	browser: Browser,
	executablePath: string,
	origin: string,
	options: MobileOptions,
	log: (msg: string) => void
): Promise<MobileResults> {
	const { routes } = options;
	log(`Lighthouse, mobile defaults, ${options.lighthouseRuns} runs on each of ${routes.join(', ')}…`);
	const reports = await lighthouseRuns(
		executablePath,
		routes.map((r) => origin + r),
		options.lighthouseRuns,
		log
	);
	const slowLink: Record<string, SlowLinkRun> = {};
	for (const route of routes) {
		log(
			`  Slow link ${route}: until the network is quiet for ${QUIET_MS / 1000} s, at most ${options.slowLinkMaxMs / 1000} s…`
		);
		slowLink[route] = await slowLinkRun(browser, origin + route, options.slowLinkMaxMs);
	}
	return {
		options: { ...options, slowLink: { ...SLOW_LINK, cpuSlowdown: CPU_SLOWDOWN, quietMs: QUIET_MS } },
		lighthouse: Object.fromEntries(routes.map((r, i) => [r, reports[i]])),
		slowLink
	};
}

const SCORES: [keyof LighthouseRun, string, string][] = [
	['performance', 'performance', '≥ 90 (stretch 95)'],
	['accessibility', 'accessibility', '100'],
	['bestPractices', 'best practices', '100']
];
const METRICS: [keyof LighthouseRun, string][] = [
	['lcp', 'largest contentful paint'],
	['tbt', 'total blocking time'],
	['fcp', 'first contentful paint']
];

export function mobileRows(m: MobileResults): Row[] {
	return m.options.routes.flatMap((route) => {
		const runs = m.lighthouse[route] ?? [];
		const pick = (key: keyof LighthouseRun) => runs.map((r) => Number(r[key]));
		const slow = m.slowLink[route];
		return [
			...SCORES.map(([key, name, target]) => row(`Lighthouse mobile ${name}, ${route}`, 'score', pick(key), target)),
			...METRICS.map(([key, name]) => row(`Lighthouse mobile ${name} (simulated), ${route}`, 'ms', pick(key))),
			row(
				`Lighthouse mobile transfer size, ${route}`,
				'KB',
				pick('transferBytes').map((b) => b / 1024)
			),
			...(slow
				? [
						row(`bytes before interaction, slow link, ${route}`, 'KB', [slow.bytes / 1024], '≤ 300'),
						row(`WASM files requested before interaction, slow link, ${route}`, 'files', [slow.wasm.length], '0')
					]
				: [])
		];
	});
}

/** One line per route that the slow link cut short, and what Lighthouse found to fix. */
export function mobileNotes(m: MobileResults): string[] {
	const notes: string[] = [];
	for (const route of m.options.routes) {
		const slow = m.slowLink[route];
		if (slow?.capped)
			notes.push(
				`Slow link ${route}: still fetching after ${slow.settledMs / 1000} s: ${slow.unfinished} responses open, ${Math.round(slow.unfinishedBytes / 1024)} KB in full; the bytes counted are a lower bound.`
			);
		const failing = [...new Set((m.lighthouse[route] ?? []).flatMap((r) => r.failing))];
		if (failing.length) notes.push(`Lighthouse ${route} would gain from: ${failing.join(', ')}`);
	}
	return notes;
}
