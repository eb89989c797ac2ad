import { describe, expect, it } from 'vitest';
import { labelLines, labelMargin, textWidth } from './label-width';

describe('label widths', () => {
	it('counts ideographs a full em and other letters less', () => {
		expect(textWidth('会议', 10)).toBe(20);
		expect(textWidth('WEOG', 10)).toBeLessThan(textWidth('会议会议', 10));
	});

	it('keeps a label that fits on one line, and breaks a long one where its longer line is shortest', () => {
		expect(labelLines('WEOG', 11, 100)).toEqual(['WEOG']);
		const arabic = 'دول أمريكا اللاتينية ومنطقة البحر الكاريبي';
		const lines = labelLines(arabic, 11, 150);
		expect(lines).toHaveLength(2);
		expect(lines.join(' ')).toBe(arabic);
		for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(150);
	});

	it('a single long word stays whole', () => {
		expect(labelLines('Intergovernmental', 11, 20)).toEqual(['Intergovernmental']);
	});

	it('makes a margin for the widest line, within its bounds', () => {
		expect(labelMargin([['WEOG']], 11, 60, 200)).toBe(60);
		expect(labelMargin([['a'.repeat(20)]], 10, 60, 200)).toBe(128);
		expect(labelMargin([['a'.repeat(100)]], 10, 60, 200)).toBe(200);
	});
});
