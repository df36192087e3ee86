// GraphiQL in a real browser (Chromium from the system's packages, /usr/bin/chromium) with every
// request to another host refused: the page must render, tell a first visitor how to
// authenticate, fetch the schema once a key is set (without the manual re-fetch), and run the
// README's first query from its pre-filled tab. The demo key is pre-filled in development only.
import { readFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_QUERY, GRAPHIQL_TABS } from '../api/src/graphiql/tabs.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const CHROMIUM = '/usr/bin/chromium';

let db: TestDatabase;
let client: TestClient;
let browser: Browser;

beforeAll(async () => {
  db = await createTestDatabase();
  await buildCoreFixture(db.prisma, 2);
  client = await createTestClient(db, { listen: true, graphiql: true });
  // No skip when Chromium is missing: .ci/run installs it.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives every launch a new, empty profile (--user-data-dir).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await client?.close();
  await db?.destroy();
});

/** The visible text of a Monaco editor (non-breaking spaces as spaces). */
async function editorText(page: Page, selector: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the breaks between Monaco's line elements.
  return (await page.locator(`${selector} .view-lines`).innerText()).replace(/\u00a0/g, ' ');
}

describe('GraphiQL in a browser with no outside network', () => {
  // Timeouts leave room for a loaded machine: the page has 9 MB of script to compile.
  it('renders from the server alone, refetches the schema once a key is set, and runs the first query', {
    timeout: 120_000,
  }, async () => {
    const origin = new URL(client.url as string).origin;
    const context = await browser.newContext();
    const outside: string[] = [];
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requested.push(url);
      if (new URL(url).origin === origin) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const introspections: number[] = [];
    page.on('response', (response) => {
      if (response.request().postData()?.includes('IntrospectionQuery')) introspections.push(response.status());
    });

    await page.goto(`${origin}/graphql`);
    await page
      .locator('.graphiql-query-editor .view-lines')
      .getByText('fiscalYearStartMonth')
      .waitFor({ timeout: 60_000 });
    const query = await editorText(page, '.graphiql-query-editor');
    expect(query).toContain('Every request needs an API key');
    expect(query).toMatch(/organization \{\s+name\s+fiscalYearStartMonth/);
    // How to authenticate, on the page while no schema could be loaded.
    // (GraphiQL tries twice: the second time without subscriptionType.)
    await expect.poll(() => introspections.length).toBeGreaterThan(0);
    expect(new Set(introspections)).toEqual(new Set([401]));
    const banner = page.locator('#coxswain-auth');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain('"Authorization": "Bearer');

    // Paste a key into the headers (open on a first visit) as a user does; no re-fetch is pressed.
    const key = await client.adminKey();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)').click();
    await page.keyboard.press('Control+A');
    await page.evaluate(
      (text) => {
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', text);
        document.activeElement?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
        );
      },
      JSON.stringify({ Authorization: `Bearer ${key}` }),
    );
    await expect.poll(() => introspections.at(-1), { timeout: 15_000 }).toBe(200);
    await banner.waitFor({ state: 'hidden' });

    // The Docs pane shows the schema's types.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).click();
    await docs.getByText('opportunities', { exact: true }).first().waitFor();

    // The README's first query runs from the first tab: the organization is the fixture's.
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.result-window .view-lines').getByText('Fixture Co').waitFor();
    expect(await editorText(page, '.result-window')).toContain('"fiscalYearStartMonth": 2');

    // Nothing was fetched from elsewhere, not even attempted (blob: workers never reach routing).
    expect(outside).toEqual([]);
    expect(requested.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('GraphiQL page', () => {
  it("opens with the README's first query as its first tab", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## A first query'));
    const block = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(FIRST_QUERY);
    expect(GRAPHIQL_TABS[0]?.query.endsWith(FIRST_QUERY)).toBe(true);
  });

  it('pre-fills the demo key in development and never in production', async () => {
    const demoKey = 'cxs_demo_key_for_the_test';
    const page = async (production: boolean) => {
      const server = await createTestClient(db, { listen: true, graphiql: { demoKey }, security: { production } });
      try {
        const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
        expect(response.status).toBe(200);
        return await response.text();
      } finally {
        await server.close();
      }
    };
    const headers = JSON.stringify(JSON.stringify({ Authorization: `Bearer ${demoKey}` }));
    const development = await page(false);
    expect(development).toContain(`"defaultHeaders":${headers}`);
    const production = await page(true);
    expect(production).toContain('"defaultHeaders":"{}"');
    expect(production).not.toContain(demoKey);
  });
});
