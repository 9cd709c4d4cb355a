import { expect, test, type Page } from '@playwright/test';

// The app refuses to run inside a page of another site (which could cover it and trick a coder
// into clicks or typing): the server says so in headers, and the app checks for itself on a host
// that sends neither. framer.test stands for any other site.

test.use({ serviceWorkers: 'block' });

async function frameTheApp(page: Page, appUrl: string): Promise<void> {
  await page.route('http://framer.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Another site</title><iframe title="framed" src="${appUrl}"></iframe>`,
    }),
  );
  await page.goto('http://framer.test/');
}

test('the server tells browsers that no other site may frame the app', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
});

test('the browser does not show the app in another site’s frame', async ({ page, baseURL }) => {
  await frameTheApp(page, `${baseURL}/`);
  await expect
    .poll(() =>
      page
        .frames()
        .find((frame) => frame !== page.mainFrame())
        ?.url(),
    )
    .toMatch(/^chrome-error:/);
});

test('on a host that sends no such header, the app refuses to run in the frame', async ({
  page,
  baseURL,
}) => {
  await page.route(`${baseURL}/**`, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    delete headers['x-frame-options'];
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  await frameTheApp(page, `${baseURL}/`);
  const app = page.frameLocator('iframe[title="framed"]');
  await expect(
    app.getByRole('heading', { name: 'Visit-to-Claim does not run inside another site’s page' }),
  ).toBeVisible();
  await expect(
    app.getByRole('link', { name: 'Open Visit-to-Claim in a tab of its own' }),
  ).toHaveAttribute('target', '_blank');
  await expect(app.getByRole('button', { name: 'Add visit' })).toHaveCount(0);
});
