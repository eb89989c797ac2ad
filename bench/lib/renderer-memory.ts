// Peak resident memory of Chromium's renderer processes (the tab, its workers and WASM heaps), from /proc.
import { readFileSync, readdirSync } from 'node:fs';

function rendererPids(browserPid: number): number[] {
	const children = new Map<number, number[]>();
	const cmdlines = new Map<number, string>();
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid)) continue;
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), pid]);
			cmdlines.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
		} catch {
			// the process ended meanwhile
		}
	}
	const found: number[] = [];
	const walk = (pid: number) => {
		for (const child of children.get(pid) ?? []) {
			if (cmdlines.get(child)?.includes('--type=renderer')) found.push(child);
			walk(child);
		}
	};
	walk(browserPid);
	return found;
}

function rssMB(pid: number): number {
	try {
		const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
		return line ? Number(line[1]) / 1024 : 0;
	} catch {
		return 0;
	}
}

/** Samples the renderers' summed RSS every `everyMs` until stopped; resolves with the peak in MB. */
export function sampleRendererPeak(browserPid: number | undefined, everyMs = 100): () => number | null {
	if (!browserPid || process.platform !== 'linux') return () => null;
	let peak = 0;
	const sample = () =>
		(peak = Math.max(
			peak,
			rendererPids(browserPid).reduce((s, pid) => s + rssMB(pid), 0)
		));
	sample();
	const timer = setInterval(sample, everyMs);
	return () => {
		clearInterval(timer);
		sample();
		return peak;
	};
}
