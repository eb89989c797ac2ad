import { describe, expect, it } from 'vitest';
import { shorten } from './shorten';

describe('shorten', () => {
	it('keeps text that fits', () => {
		expect(shorten('Germany', 38)).toBe('Germany');
		expect(shorten('x'.repeat(38), 38)).toBe('x'.repeat(38));
	});
	it('cuts at the last word boundary and marks the cut', () => {
		const label = 'Ministry of Foreign Affairs of the Kingdom of the Netherlands';
		const short = shorten(label, 38);
		expect(short).toBe('Ministry of Foreign Affairs of the…');
		expect(short.length).toBeLessThanOrEqual(38);
		expect(label.startsWith(short.slice(0, -1))).toBe(true);
	});
	it('cuts inside a word only when no boundary leaves half the room', () => {
		expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
	});
});
