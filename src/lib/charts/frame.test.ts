import { describe, expect, it } from 'vitest';
import { frame } from './frame';

describe('frame(width, height, margin)', () => {
	it('frame(760, 320, margin) puts the plot area inside the margins', () => {
		const f = frame(760, 320, { top: 24, right: 12, bottom: 44, left: 64 });
		expect([f.top, f.right, f.bottom, f.left]).toEqual([24, 748, 276, 64]);
		expect([f.innerWidth, f.innerHeight]).toEqual([684, 252]);
	});
	it('frame(…).xRange runs left to right, yRange upwards and yRangeDown downwards', () => {
		const f = frame(600, 200, { top: 8, right: 8, bottom: 30, left: 110 });
		expect(f.xRange).toEqual([110, 592]);
		expect(f.yRange).toEqual([170, 8]);
		expect(f.yRangeDown).toEqual([8, 170]);
	});
	it('frame(w, h, { left, right }) leaves the sides not given at 0', () => {
		const f = frame(760, 100, { left: 250, right: 170 });
		expect(f.margin).toEqual({ top: 0, right: 170, bottom: 0, left: 250 });
		expect(f.yRange).toEqual([100, 0]);
	});
});
