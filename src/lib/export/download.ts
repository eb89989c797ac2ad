// Browser only: hands bytes to the browser as a file download; nothing leaves the machine.
export function downloadBlob(data: Blob | Uint8Array | string, fileName: string, type: string) {
	const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
