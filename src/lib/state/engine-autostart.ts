/** What the browser says about the link (Network Information API; Chromium-based browsers only). */
export interface ConnectionHints {
	saveData?: boolean;
	/** Estimated bandwidth, Mbps (Chromium caps it at 10). */
	downlink?: number;
}

/**
 * Below this estimate the engine (several MB) would take more than a few seconds, so it waits for the
 * reader's intent instead of starting in idle time.
 */
export const FAST_DOWNLINK_MBPS = 8;

/**
 * Whether the engine may start in idle time, with no intent: never when the reader asked to save data; by
 * the bandwidth estimate where the browser gives one; elsewhere only on a device with a fine pointer
 * (a desktop), since a phone's metered link cannot be told apart from Wi-Fi.
 */
export function mayStartInIdle(connection: ConnectionHints | undefined, finePointer: boolean): boolean {
	if (connection?.saveData) return false;
	if (typeof connection?.downlink === 'number' && connection.downlink > 0)
		return connection.downlink >= FAST_DOWNLINK_MBPS;
	return finePointer;
}
