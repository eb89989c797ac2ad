import { describe, expect, it } from 'vitest';
import { FAST_DOWNLINK_MBPS, mayStartInIdle } from './engine-autostart';

describe('mayStartInIdle', () => {
	it('never starts when the reader asked to save data, however fast the link', () => {
		expect(mayStartInIdle({ saveData: true, downlink: 10 }, true)).toBe(false);
	});
	it('follows the bandwidth estimate where the browser gives one, whatever the pointer', () => {
		expect(mayStartInIdle({ downlink: FAST_DOWNLINK_MBPS }, false)).toBe(true);
		expect(mayStartInIdle({ downlink: 10 }, false)).toBe(true);
		// Slow 4G as Lighthouse emulates it, and a headless browser's default estimate.
		expect(mayStartInIdle({ downlink: 1.6 }, true)).toBe(false);
		expect(mayStartInIdle({ downlink: 1.55, saveData: false }, true)).toBe(false);
	});
	it('without an estimate, starts on a desktop (fine pointer) and waits on a phone', () => {
		expect(mayStartInIdle(undefined, true)).toBe(true);
		expect(mayStartInIdle(undefined, false)).toBe(false);
		expect(mayStartInIdle({ downlink: 0 }, false)).toBe(false);
	});
});
