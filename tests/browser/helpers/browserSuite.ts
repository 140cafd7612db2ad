/**
 * The set-up every browser test file shares: a built client, a test server serving it, one
 * Chromium, browser contexts closed after each test, and pages watched for errors, so that a
 * page error or failed request in any test fails that test. Call once at the top of a file.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { TestServer, TestServerOptions } from '../../helpers/testServer';
import { newSignedInContext, startBrowserTestServer, type SignedInPerson } from './accounts';
import { launchChromium, watchForTrouble, type TestPerson } from './browser';
import { ensureClientBuilt } from './clientBuild';

/** What a browser test file works with; valid inside tests and hooks. */
export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** The built client the server serves. */
  readonly clientDir: string;
  /** Closes `context` after the current test; returns it. */
  track<T extends BrowserContext>(context: T): T;
  /** Fails the current test if `page` reports an error; returns it. */
  watch(page: Page): Page;
  /** Creates `person` and a context signed in as them, closed after the test. */
  signedIn(person: TestPerson): Promise<SignedInPerson>;
  /** Stops the server and starts another on its data folder and port (a restart). */
  restartServer(): Promise<TestServer>;
}

/** Registers the hooks of a browser test file and returns its suite. */
export function useBrowserSuite(options: TestServerOptions = {}): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let clientDir: string | undefined;
  const contexts: BrowserContext[] = [];
  const trouble: string[] = [];

  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`The browser suite's ${name} is not started yet.`);
    return value;
  };

  beforeAll(async () => {
    clientDir = await ensureClientBuilt();
    server = await startBrowserTestServer(clientDir, options);
    browser = await launchChromium();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(trouble.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const suite: BrowserSuite = {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get clientDir() {
      return ready(clientDir, 'client build');
    },
    track(context) {
      contexts.push(context);
      return context;
    },
    watch(page) {
      trouble.push(...watchForTrouble(page));
      return page;
    },
    async signedIn(person) {
      const signed = await newSignedInContext(suite.browser, suite.server, person);
      suite.track(signed.context);
      return signed;
    },
    async restartServer() {
      const { dataDir, port } = suite.server;
      await suite.server.close();
      server = await startBrowserTestServer(suite.clientDir, {
        ...options,
        dataDir,
        config: { ...options.config, port },
      });
      return server;
    },
  };
  return suite;
}
