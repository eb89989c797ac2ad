import { describe, expect, it } from 'vitest';
import { delocalizePath, localeOfPath } from './locale-path';

describe('localeOfPath', () => {
	it('reads the language from the segment after the base path', () => {
		expect(localeOfPath('/ar/funding', '')).toBe('ar');
		expect(localeOfPath('/zh', '')).toBe('zh');
		expect(localeOfPath('/igf-metrics/fr/embed/donors-ranked', '/igf-metrics')).toBe('fr');
	});
	it('is the base language without a prefix, or with one that only starts like a language', () => {
		expect(localeOfPath('/', '')).toBe('en');
		expect(localeOfPath('/funding', '')).toBe('en');
		expect(localeOfPath('/arabic/x', '')).toBe('en');
		expect(localeOfPath('/en/funding', '')).toBe('en');
		expect(localeOfPath('/igf-metrics/funding', '/igf-metrics')).toBe('en');
	});
	it('does not take a language segment deeper in the address for the prefix', () => {
		expect(localeOfPath('/embed/ar', '')).toBe('en');
		expect(localeOfPath('/ar/x', '/igf-metrics')).toBe('en');
		expect(localeOfPath('/igf-metricsar/x', '/igf-metrics')).toBe('en');
	});
});

describe('delocalizePath', () => {
	it('drops the language prefix and keeps the base path', () => {
		expect(delocalizePath('/ar/funding', '')).toBe('/funding');
		expect(delocalizePath('/ar', '')).toBe('/');
		expect(delocalizePath('/ar/', '')).toBe('/');
		expect(delocalizePath('/igf-metrics/ru/embed/donors-ranked', '/igf-metrics')).toBe(
			'/igf-metrics/embed/donors-ranked'
		);
		expect(delocalizePath('/igf-metrics/es', '/igf-metrics')).toBe('/igf-metrics/');
	});
	it('leaves a base-language address as it is', () => {
		expect(delocalizePath('/funding', '')).toBe('/funding');
		expect(delocalizePath('/igf-metrics/', '/igf-metrics')).toBe('/igf-metrics/');
	});
});
