import { chromium, type Browser, type Page } from 'playwright-core';
import { TestApp, TestClock } from './support/test-app';
import { ROLE_KEYS } from './support/test-keys';

/** A department name as a careless or hostile user might type it. */
const HOSTILE = '<script>document.title="pwned"</script>';

/**
 * Four tickets received on Monday of 2023-W40 (10:00 in Shanghai), each taken through its steps a
 * day at a time: three categories, three priorities, ratings on Tuesday and Thursday only.
 */
const TICKETS = [
  {
    classify: { category: 'complaint', priority: 'P1' },
    department: HOSTILE,
    rating: 'satisfied',
    ratedOn: '2023-10-03',
  },
  {
    classify: { category: 'praise', priority: 'P2' },
    department: 'Technology',
    rating: 'dissatisfied',
    ratedOn: '2023-10-05',
  },
  {
    classify: { category: 'complaint', priority: 'P2' },
    department: 'Customer Service',
    rating: 'basically_satisfied',
    ratedOn: '2023-10-05',
  },
  { classify: { category: 'suggestion', priority: 'P3' }, department: 'Product' },
];

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Seen {
  readonly requests: string[];
  /** Requests the browser gave up on, with why. */
  readonly failed: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/**
 * The little of the page's globals the functions run in the browser use, typed here because the
 * project compiles without the DOM library. `violations` is the test's own record.
 */
interface PageGlobals {
  violations: string[];
  document: {
    addEventListener(
      type: 'securitypolicyviolation',
      listener: (event: { violatedDirective: string; blockedURI: string }) => void,
    ): void;
    body: { insertAdjacentHTML(position: 'beforeend', html: string): void };
  };
}

/** Listens for what the page loads and complains about, and for CSP violations, from before it loads. */
async function watch(page: Page): Promise<Seen> {
  const seen: Seen = { requests: [], failed: [], consoleErrors: [], pageErrors: [] };
  page.context().on('request', (request) => seen.requests.push(request.url()));
  page
    .context()
    .on('requestfailed', (request) => seen.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  // Injected by the test driver, so the page's own policy does not apply to this listener.
  await page.addInitScript(() => {
    const globals = globalThis as unknown as PageGlobals;
    globals.violations = [];
    globals.document.addEventListener('securitypolicyviolation', (event) =>
      globals.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return seen;
}

const violationsOf = (page: Page): Promise<string[]> =>
  page.evaluate(() => (globalThis as unknown as PageGlobals).violations);

describe('the HTML report in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let seen: Seen;
  let url: string;

  beforeAll(async () => {
    app = await TestApp.start(new TestClock(new Date('2023-10-02T02:00:00Z')));
    for (const ticket of TICKETS) {
      app.clock.set('2023-10-02T02:00:00Z');
      const created = await app.http().post('/feedback').send({ channel: 'web', content: 'report test' });
      expect(created.status).toBe(201);
      const steps: [string, object][] = [
        ['classify', ticket.classify],
        ['assign', { department: ticket.department }],
        ['acknowledge', {}],
        ...(ticket.rating
          ? ([
              ['resolve', { solution: 'done', kind: 'fix' }],
              ['satisfaction', { rating: ticket.rating, score: 4 }],
            ] as [string, object][])
          : []),
      ];
      for (const [step, body] of steps) {
        if (step === 'satisfaction') app.clock.set(`${ticket.ratedOn}T03:00:00Z`);
        else app.clock.advance(15 * 60_000);
        const res = await app.http().post(`/feedback/${created.body.id}/${step}`).send(body);
        expect({ step, status: res.status }).toEqual({ step, status: 200 });
      }
    }
    app.clock.set('2023-10-09T02:00:00Z');
    await app.waitForViews();
    url = `${await app.listen()}/reports/weekly?week=2023-W40&format=html`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: BROWSER_ARGS });
    // An analyst opens the report: the browser sends the analyst's key with every request.
    page = await browser.newPage({ extraHTTPHeaders: { authorization: `Bearer ${ROLE_KEYS.analyst}` } });
    seen = await watch(page);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('loads the document and nothing else, without errors or policy violations', async () => {
    expect(seen.requests).toEqual([url]);
    expect(seen.failed).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.pageErrors).toEqual([]);
    expect(await violationsOf(page)).toEqual([]);
    expect(await page.title()).toBe('Weekly feedback report 2023-W40 (2023-10-02 to 2023-10-08)');
  });

  it('draws the four charts at a visible size, with as many marks as the seeded data has', async () => {
    const charts = {
      'satisfaction-trend': ['circle.point', 2],
      'category-share': ['rect.bar', 3],
      // First response for P1, P2 and P3; resolution for P1 and P2 (the P3 ticket is still open).
      'timeliness-by-priority': ['rect.bar', 5],
      'backlog-by-age': ['rect.bar', 5],
    } as const;
    for (const [id, [mark, count]] of Object.entries(charts)) {
      const chart = page.locator(`svg#${id}[role="img"]`);
      const box = await chart.boundingBox();
      expect({ id, width: (box?.width ?? 0) > 100, height: (box?.height ?? 0) > 50 }).toEqual({
        id,
        width: true,
        height: true,
      });
      expect(await chart.locator('title').first().textContent()).not.toBe('');
      expect({ id, marks: await chart.locator(mark).count() }).toEqual({ id, marks: count });
    }
    const points = page.locator('#satisfaction-trend circle.point');
    expect(await points.evaluateAll((circles) => circles.map((c) => c.getAttribute('data-value')))).toEqual([
      '1',
      '0.5',
    ]);
    const share = page.locator('#category-share rect.bar');
    expect(await share.evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-value')))).toEqual([
      '0.5',
      '0.25',
      '0.25',
    ]);
  });

  it('shows a department name typed as markup as text, and runs nothing', async () => {
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('td', { hasText: HOSTILE }).count()).toBeGreaterThan(0);
  });

  it('is held to its Content-Security-Policy: an image smuggled in is blocked before it leaves', async () => {
    const blocked = page.waitForEvent('requestfailed');
    await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="http://127.0.0.1:9/smuggled.png">',
      ),
    );
    const request = await blocked;
    expect([request.url(), request.failure()?.errorText]).toEqual(['http://127.0.0.1:9/smuggled.png', 'csp']);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).violations.length > 0);
    expect(await violationsOf(page)).toEqual(['img-src http://127.0.0.1:9/smuggled.png']);
  });
});
