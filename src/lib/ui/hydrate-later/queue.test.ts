import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enqueueHydration } from './queue';

describe('enqueueHydration', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs queued work one item per task, in order, none in the calling task', () => {
		const ran: string[] = [];
		for (const name of ['a', 'b', 'c']) enqueueHydration(() => ran.push(name));
		expect(ran).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['a']);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['a', 'b']);
		vi.runAllTimers();
		expect(ran).toEqual(['a', 'b', 'c']);
	});

	it('skips work taken out of the queue before its turn, and starts again for later work', () => {
		const ran: string[] = [];
		enqueueHydration(() => ran.push('a'));
		const cancel = enqueueHydration(() => ran.push('b'));
		enqueueHydration(() => ran.push('c'));
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['a', 'c']);
		enqueueHydration(() => ran.push('d'));
		vi.runAllTimers();
		expect(ran).toEqual(['a', 'c', 'd']);
	});
});
