import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { sourceRows } from '../../../tests/unit/source-csv';
import { worldShapes } from './world-shapes';

describe('worldShapes (map outlines projected at build time)', () => {
	const shapes = worldShapes('en', 760, 400);

	it('has one outline per world-atlas country except Antarctica', () => {
		const geometries = (world as { objects: { countries: { geometries: { id?: string }[] } } }).objects.countries
			.geometries;
		expect(shapes).toHaveLength(geometries.filter((g) => g.id !== '010').length);
		expect(shapes.some((s) => s.iso3 === 'ATA')).toBe(false);
	});

	it('stays inside the map area above the legend strip, with short coordinates', () => {
		for (const s of shapes) {
			expect(s.d, s.name).toMatch(/^M/);
			const numbers = s.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			const xs = numbers.filter((_, i) => i % 2 === 0);
			const ys = numbers.filter((_, i) => i % 2 === 1);
			expect(Math.min(...xs), s.name).toBeGreaterThanOrEqual(3.5);
			expect(Math.max(...xs), s.name).toBeLessThanOrEqual(756.5);
			expect(Math.max(...ys), s.name).toBeLessThanOrEqual(360.5);
			for (const n of s.d.match(/\d+\.\d+/g) ?? []) expect(n.split('.')[1].length).toBe(1);
		}
	});

	it('names most UN member states by ISO alpha-3, as the participants data does', async () => {
		const members = await sourceRows<{ iso3: string }>('countries.csv');
		const drawn = new Set(shapes.map((s) => s.iso3));
		const missing = members.filter((m) => !drawn.has(m.iso3));
		// 1:110m leaves out the smallest states (e.g. small island states); the big ones must all be there.
		expect(missing.length).toBeLessThan(members.length * 0.2);
		for (const iso3 of ['BRA', 'CHN', 'DEU', 'ETH', 'IND', 'USA', 'POL', 'JPN'])
			expect(drawn.has(iso3), iso3).toBe(true);
	});

	it('names the UN states as countries.csv does, the rest as world-atlas does', async () => {
		const rows = await sourceRows<{ iso3: string; name: string }>('countries.csv');
		const unName = new Map(rows.map((r) => [r.iso3, r.name]));
		for (const s of shapes) if (s.iso3 && unName.has(s.iso3)) expect(s.name, s.iso3).toBe(unName.get(s.iso3));
		const name = (iso3: string) => shapes.find((s) => s.iso3 === iso3)?.name;
		expect(['CZE', 'TUR'].map(name)).toEqual(['Czechia', 'Türkiye']);
		expect(shapes.some((s) => s.iso3 && !unName.has(s.iso3) && s.name)).toBe(true);
	});

	it("names countries in the page's language, with the same outlines", () => {
		const name = (list: typeof shapes, iso3: string) => list.find((s) => s.iso3 === iso3)?.name;
		const fr = worldShapes('fr', 760, 400);
		const zh = worldShapes('zh', 760, 400);
		expect(fr.map((s) => s.d)).toEqual(shapes.map((s) => s.d));
		expect(['DEU', 'ETH'].map((c) => name(fr, c))).toEqual(['Allemagne', 'Éthiopie']);
		expect(name(zh, 'JPN')).toBe('日本');
		expect(name(worldShapes('ru', 760, 400), 'BRA')).toBe('Бразилия');
	});
});
