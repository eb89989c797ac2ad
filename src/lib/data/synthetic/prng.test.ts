import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, shuffleInPlace } from './prng';

const draw = (seed: number, n: number) => {
	const rng = createRng(seed);
	return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
	it('repeats the same sequence for the same seed', () => {
		expect(draw(42, 1000)).toEqual(draw(42, 1000));
	});

	it('gives different sequences for different seeds', () => {
		expect(draw(42, 10)).not.toEqual(draw(43, 10));
	});

	it('stays in [0, 1) and is roughly uniform', () => {
		const values = draw(7, 100_000);
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...values)).toBeLessThan(1);
		expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 2);
	});

	it('draws integers below n', () => {
		const rng = createRng(1);
		const seen = new Set(Array.from({ length: 1000 }, () => rng.int(6)));
		expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
	});
});

describe('deriveSeed and shuffleInPlace', () => {
	it('derives distinct, stable stream seeds', () => {
		expect(deriveSeed(1, 2006)).toBe(deriveSeed(1, 2006));
		expect(deriveSeed(1, 2006)).not.toBe(deriveSeed(1, 2007));
	});

	it('shuffles deterministically and keeps the values', () => {
		const a = Uint8Array.from({ length: 50 }, (_, i) => i);
		const b = Uint8Array.from(a);
		shuffleInPlace(a, createRng(9));
		shuffleInPlace(b, createRng(9));
		expect(a).toEqual(b);
		expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
	});
});
