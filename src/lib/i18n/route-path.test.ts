import { describe, expect, it } from 'vitest';
import { routePath } from './route-path';

describe('routePath', () => {
	it('keeps a plain route', () => {
		expect(routePath('/', {})).toBe('/');
		expect(routePath('/funding', {})).toBe('/funding');
	});
	it('fills parameters', () => {
		expect(routePath('/embed/[chart]', { chart: 'donors' })).toBe('/embed/donors');
	});
	it('drops groups and empty optional parameters', () => {
		expect(routePath('/(app)/data/[[tab]]', {})).toBe('/data');
	});
	it('is the home page when no route matched', () => {
		expect(routePath(null, {})).toBe('/');
	});
});
