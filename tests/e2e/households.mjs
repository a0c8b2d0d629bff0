// The households the end-to-end tests fill in, once: each fills one tool's form as a resident,
// an employer or a klantmanager would (without pressing Bereken).

/** A single parent of 35 with children of 4 and 9, rent € 650, a job of 24 hours from December 2026. */
export async function singleParent(page) {
  await page.check('input[name="rh-aw-leefvorm"][value="alleenstaande_ouder"]');
  await page.fill('#rh-aw-age', '35');
  await page.fill('#rh-aw-children', '4, 9');
  await page.fill('#rh-aw-rent', '650');
  await page.fill('#rh-aw-vermogen', '0');
  await page.fill('#rh-aw-start-date', '2026-12-01');
  await page.fill('#rh-aw-hours', '24');
}

/** A single person of 35, rent € 650, a job of 24 hours from July 2026. */
export async function single(page) {
  await page.fill('#rh-aw-age', '35');
  await page.fill('#rh-aw-rent', '650');
  await page.fill('#rh-aw-vermogen', '0');
  await page.fill('#rh-aw-start-date', '2026-07-01');
  await page.fill('#rh-aw-hours', '24');
}

/** An employer hiring someone of 30 for 32 hours at a loonwaarde of 60%. */
export async function employer(page) {
  await page.fill('#rh-wg-contract-hours', '32');
  await page.fill('#rh-wg-age', '30');
  await page.fill('#rh-wg-loonwaarde', '60');
}

/** An IIT request: 45 years old, 40 months of low income, no vermogen. */
export async function iitRequest(page) {
  await page.fill('#rh-iit-age', '45');
  await page.fill('#rh-iit-low-income-months', '40');
  await page.fill('#rh-iit-vermogen', '0');
}
