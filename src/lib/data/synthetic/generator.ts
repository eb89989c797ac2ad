/** Generates synthetic participant rows year by year in columnar chunks, so 10M rows never exist as JS objects. */
import { GENDERS, MODES, REGIONS, STAKEHOLDERS } from './categories';
import { countriesByRegion, type Country } from './country-table';
import { createCountrySampler } from './country-sampler';
import { fitIpf } from './ipf';
import { apportion } from './apportion';
import type { YearPlan } from './plan';
import { createRng, deriveSeed, shuffleInPlace, type Rng } from './prng';

export interface ParticipantChunk {
	length: number;
	id: Int32Array;
	year: Int16Array;
	/** Index into the countries array. */
	country: Uint16Array;
	region: Uint8Array;
	stakeholder: Uint8Array;
	gender: Uint8Array;
	/** Index into MODES. */
	mode: Uint8Array;
	firstTime: Uint8Array;
}

const JOINT_SHAPE = [REGIONS.length, STAKEHOLDERS.length, GENDERS.length, MODES.length] as const;

/** Whole-row counts of each region × stakeholder × gender × mode cell: IPF from a seeded random start, then apportioned. */
function jointCounts(plan: YearPlan, rng: Rng): Int32Array {
	const start = new Float64Array(JOINT_SHAPE.reduce((a, b) => a * b, 1)).map(() => 0.5 + rng.next());
	const scale = (shares: number[]) => shares.map((s) => s * plan.rows);
	const fit = fitIpf(start, JOINT_SHAPE, [
		scale(plan.region),
		scale(plan.stakeholder),
		scale(plan.gender),
		scale([plan.onsiteShare, 1 - plan.onsiteShare])
	]);
	return apportion(fit.table, plan.rows);
}

function newChunk(size: number): ParticipantChunk {
	return {
		length: 0,
		id: new Int32Array(size),
		year: new Int16Array(size),
		country: new Uint16Array(size),
		region: new Uint8Array(size),
		stakeholder: new Uint8Array(size),
		gender: new Uint8Array(size),
		mode: new Uint8Array(size),
		firstTime: new Uint8Array(size)
	};
}

export function* generateParticipants(
	plans: readonly YearPlan[],
	countries: readonly Country[],
	seed: number,
	chunkSize = 65_536
): Generator<ParticipantChunk> {
	const byRegion = countriesByRegion(countries);
	const [, nS, nG, nM] = JOINT_SHAPE;
	let nextId = 1;
	for (const plan of plans) {
		const rng = createRng(deriveSeed(seed, plan.year));
		const counts = jointCounts(plan, rng);
		const cells = new Uint8Array(plan.rows);
		for (let c = 0, at = 0; c < counts.length; at += counts[c], c++) cells.fill(c, at, at + counts[c]);
		shuffleInPlace(cells, rng);
		const first = new Uint8Array(plan.rows).fill(1, 0, Math.round(plan.firstTime * plan.rows));
		shuffleInPlace(first, rng);
		const host = plan.hostIso3 ? countries.findIndex((c) => c.iso3 === plan.hostIso3) : -1;
		const sample = createCountrySampler(byRegion, host >= 0 ? host : undefined, plan.hostShareInGroup);
		for (let start = 0; start < plan.rows; start += chunkSize) {
			const chunk = newChunk(Math.min(chunkSize, plan.rows - start));
			for (let k = 0; k < chunk.id.length; k++) {
				const cell = cells[start + k];
				const r = Math.floor(cell / (nS * nG * nM));
				chunk.id[k] = nextId++;
				chunk.year[k] = plan.year;
				chunk.region[k] = r;
				chunk.stakeholder[k] = Math.floor(cell / (nG * nM)) % nS;
				chunk.gender[k] = Math.floor(cell / nM) % nG;
				chunk.mode[k] = cell % nM;
				chunk.firstTime[k] = first[start + k];
				chunk.country[k] = sample(r, rng);
			}
			chunk.length = chunk.id.length;
			yield chunk;
		}
	}
}
