/**
 * The desktop measures are of a reader on a fast link, where the engine starts in idle time after the
 * first chart (state/engine-autostart.ts). Headless Chromium reports a slow default estimate, so the
 * bench states the link it means before the page's scripts run.
 */
export const FAST_LINK = `Object.defineProperty(Navigator.prototype, 'connection', {
	configurable: true,
	get: () => ({ downlink: 10, saveData: false, effectiveType: '4g' })
});`;
