/** Picks a participant's country within a regional group: uniform over the group's states, with the host over-weighted. */
import type { Rng } from './prng';

export type CountrySampler = (region: number, rng: Rng) => number;

/**
 * `byRegion[r]` lists country indices of region r. In the host's region the host is drawn with probability
 * `hostShare` and the other states share the rest equally; elsewhere every state is equally likely
 * (a population-free rule: the published data give no per-country attendance).
 */
export function createCountrySampler(byRegion: readonly number[][], host?: number, hostShare = 0): CountrySampler {
	const others = byRegion.map((list) => list.filter((i) => i !== host));
	const hasHost = byRegion.map((list) => host !== undefined && list.includes(host));
	return (region, rng) => {
		if (hasHost[region] && rng.next() < hostShare) return host!;
		const list = others[region];
		return list[rng.int(list.length)];
	};
}
