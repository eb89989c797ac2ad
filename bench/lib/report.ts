// The benchmark's one table (measure, value, baseline, ratio, median and p95) and the machine it ran on.
import { cpus, freemem, release, totalmem, type as osType } from 'node:os';
import { summarise, type Summary } from './stats';

export interface Row {
	measure: string;
	unit: string;
	value: Summary;
	baseline: Summary | null;
	baselineName: string | null;
	target: string;
}

export function row(
	measure: string,
	unit: string,
	values: number[],
	target = '',
	baseline?: { name: string; values: number[] }
): Row {
	return {
		measure,
		unit,
		value: summarise(values),
		baseline: baseline ? summarise(baseline.values) : null,
		baselineName: baseline?.name ?? null,
		target
	};
}

const fmt = (n: number | undefined) => (n == null || Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** Plain-text table; ratio = median ÷ baseline median. */
export function formatTable(rows: readonly Row[]): string {
	const head = [
		'measure',
		'unit',
		'value (median)',
		'p95',
		'baseline (median)',
		'baseline p95',
		'ratio',
		'n',
		'target',
		'baseline is'
	];
	const body = rows.map((r) => [
		r.measure,
		r.unit,
		fmt(r.value.median),
		fmt(r.value.p95),
		fmt(r.baseline?.median),
		fmt(r.baseline?.p95),
		r.baseline && r.baseline.median > 0 ? `${(r.value.median / r.baseline.median).toFixed(2)}×` : '–',
		String(r.value.n),
		r.target,
		r.baselineName ?? ''
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 || i >= 8 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function describeMachine(chromiumVersion: string) {
	const cpuList = cpus();
	return {
		os: `${osType()} ${release()}`,
		cpus: cpuList.length,
		cpuModel: cpuList[0]?.model ?? 'unknown',
		memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
		freeMemoryGB: +(freemem() / 2 ** 30).toFixed(1),
		node: process.version,
		chromium: chromiumVersion
	};
}
