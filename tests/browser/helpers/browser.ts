/**
 * Launches Debian's Chromium through playwright-core with the flags that keep it quiet on a
 * closed network, and opens people as separate browser contexts (never tabs of one context:
 * those can sync through BroadcastChannel and hide a broken server).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Path of the system Chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts a headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Someone using DC Planner in the tests. */
export interface TestPerson {
  readonly name: string;
  readonly dc: string;
  readonly color: string;
}

/** A participant of the meeting report (DC on Accessibility and Disability). */
export const alice: TestPerson = {
  name: 'Judith Hellerstein',
  dc: 'DC on Accessibility and Disability',
  color: '#d93025',
};
/** Another participant (DC on Internet Standards, Security and Safety). */
export const bob: TestPerson = {
  name: 'Wout de Natris',
  dc: 'DC on Internet Standards, Security and Safety',
  color: '#188038',
};

/** A person's own browser context (own storage, own IndexedDB), already introduced. */
export async function newPersonContext(
  browser: Browser,
  person: TestPerson,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript((identity) => {
    if (window.localStorage.getItem('dc-planner:identity') === null) {
      window.localStorage.setItem('dc-planner:identity', JSON.stringify(identity));
    }
  }, person);
  return context;
}

/** Collects uncaught page errors and dialogs, which must never happen in these tests. */
export function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return trouble;
}
