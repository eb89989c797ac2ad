// A link's parameters a page cannot use are named on the page with the reason, in the page's language,
// and the rest of the link still applies.
import { test, expect } from './fixtures';

test('/funding names the parts of its link it ignored, and keeps the rest', async ({ page }) => {
	await page.goto('funding?donor=bogus&utm=1&donor=government');
	const ignored = page.locator('[data-ignored]');
	await expect(ignored).toContainText("donor=bogus (not one of this filter's values)");
	await expect(ignored).toContainText('utm=1 (unknown parameter)');
	await expect(page.getByRole('checkbox', { name: 'Government', exact: true })).toBeChecked();
});

test('/fr/participation says in French why a part of its link was ignored', async ({ page }) => {
	await page.goto('fr/participation?region=Atlantis');
	const ignored = page.locator('[data-ignored]');
	await expect(ignored).toContainText('Ignoré dans l’adresse');
	await expect(ignored).toContainText('region=Atlantis (ne fait pas partie des valeurs de ce filtre)');
});

test('a link with nothing to ignore shows no such note', async ({ page }) => {
	await page.goto('funding?donor=government');
	await expect(page.getByRole('checkbox', { name: 'Government', exact: true })).toBeChecked();
	await expect(page.locator('[data-ignored]')).toHaveCount(0);
});
