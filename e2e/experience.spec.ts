import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, signInAs } from './helpers.js';

// A word no demo story contains, so the search at the end finds exactly this experience.
const MARKER = `Quetzalcoatlia${Date.now() % 100000}`;

/** Picks one code in a searchable code picker (sectors, SDG targets). */
async function pickCode(page: Page, group: string, query: string, option: RegExp): Promise<void> {
  const picker = page.getByRole('group', { name: group });
  await picker.getByRole('searchbox').fill(query);
  await picker.getByRole('button', { name: option }).first().click();
}

test('an author writes and submits an experience, a reviewer sends it back, the author fixes it, it is published and found from another language', async ({
  page,
}) => {
  // The author works in Spanish (her profile language).
  await signInAs(page, 'mx.editor@demo.kxhub.org');
  await page.goto('/experiences/new');
  await page.getByLabel('Título provisional').fill(`Ventanilla única de cooperación ${MARKER}`);
  await page.getByRole('button', { name: 'Empezar a escribir' }).click();
  await expect(page).toHaveURL(/\/experiences\/[0-9a-f-]{36}\/edit/);
  const editUrl = page.url();

  await page
    .getByLabel('Resumen')
    .fill(`México compartió con Guatemala su ventanilla única de cooperación ${MARKER}.`);
  await page
    .getByLabel('Desafío de desarrollo y contexto')
    .fill('La cooperación estaba dispersa entre muchas instituciones.');
  await page
    .getByLabel('Qué se hizo', { exact: true })
    .fill('Visitas de estudio y un taller virtual de seguimiento.');
  await page
    .getByLabel('Lecciones y condiciones para replicar')
    .fill('Empezar por un registro sencillo y compartido.');
  const who = page.getByRole('group', { name: 'Quiénes participaron' });
  await page.getByRole('button', { name: 'Añadir un participante' }).click();
  await who.getByLabel('Rol').nth(0).selectOption('provider');
  await who.getByLabel('País').nth(0).selectOption('MX');
  await who.getByLabel('Nombre (si no está en el directorio)').nth(0).fill('AMEXCID');
  await page.getByRole('button', { name: 'Añadir un participante' }).click();
  await who.getByLabel('Rol').nth(1).selectOption('recipient');
  await who.getByLabel('País').nth(1).selectOption('GT');
  await who.getByLabel('Nombre (si no está en el directorio)').nth(1).fill('SEGEPLAN');
  await pickCode(page, 'Sectores', '15110', /15110/);
  await page.getByRole('group', { name: 'Modalidad', exact: true }).getByLabel('Bilateral').check();
  await page.getByLabel('Intercambio de conocimientos', { exact: true }).check();
  await page.getByLabel('Año de inicio').fill('2024');
  await expectAccessible(page, 'experience editor');

  // Without results it cannot be submitted: the problem is named, nothing typed is lost.
  await page.getByRole('button', { name: 'Enviar a revisión' }).click();
  await expect(page.getByText(/no se puede enviar/i).first()).toBeVisible();
  await expect(page.getByLabel('Año de inicio')).toHaveValue('2024');
  await page
    .getByLabel('Resultados', { exact: true })
    .fill('Se creó un registro nacional de la cooperación.');
  await page.getByRole('button', { name: 'Enviar a revisión' }).click();
  await expect(page.getByText(/En revisión|espera/i).first()).toBeVisible();

  // A broker sends it back with a comment.
  await signInAs(page, 'broker@demo.kxhub.org');
  await page.goto('/experiences/review');
  await page.getByRole('link', { name: new RegExp(MARKER) }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page
    .getByLabel('Comment for the author')
    .fill('Please add figures: how many institutions joined the registry?');
  await page.getByRole('button', { name: 'Send back with comment' }).click();
  await expect(page.getByText(/was sent back to its author/).first()).toBeVisible();

  // The author sees why, fixes the results and submits again.
  await signInAs(page, 'mx.editor@demo.kxhub.org');
  await page.goto(editUrl);
  await expect(
    page.getByText('Please add figures: how many institutions joined the registry?'),
  ).toBeVisible();
  await page
    .getByLabel('Resultados', { exact: true })
    .fill('Se creó un registro nacional: 42 instituciones lo usan desde 2025.');
  await page.getByRole('button', { name: 'Enviar a revisión' }).click();
  await expect(page.getByText(/En revisión|espera/i).first()).toBeVisible();

  // The broker approves with every acceptance criterion met: it is published.
  await signInAs(page, 'broker@demo.kxhub.org');
  await page.goto('/experiences/review');
  await page.getByRole('link', { name: new RegExp(MARKER) }).click();
  const criteria = page.getByRole('group', { name: 'Acceptance criteria' }).getByRole('checkbox');
  await expect(criteria.first()).toBeVisible();
  for (const box of await criteria.all()) await box.check();
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByText(/was approved and published/).first()).toBeVisible();

  // A visitor using the French interface finds it by searching the library.
  await page.context().clearCookies();
  await page.goto('/experiences?locale=fr');
  await page.evaluate(() => localStorage.setItem('kxhub.locale', 'fr'));
  await page.goto(`/experiences?q=${MARKER}`);
  const found = page.getByRole('link', { name: new RegExp(`^Ventanilla única de cooperación ${MARKER}`) });
  await expect(found).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Bibliothèque|expériences/i);
  await expectAccessible(page, 'library');
  await found.click();
  await expect(page.getByText('42 instituciones')).toBeVisible();
});
