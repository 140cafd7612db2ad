/**
 * Launches Debian's Chromium through playwright-core with the flags that keep it quiet on a
 * closed network, and opens people as separate browser contexts (never tabs of one context:
 * those can sync through BroadcastChannel and hide a broken server).
 */
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { Roles, type Role } from '../../../shared/access/roles';

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

/** Someone using DC Planner in the tests: the account they get. */
export interface TestPerson {
  readonly name: string;
  readonly role: Role;
  /** DC ids. */
  readonly dcs: readonly string[];
}

/** A participant of the meeting report (DC on Accessibility and Disability). */
export const alice: TestPerson = {
  name: 'Judith Hellerstein',
  role: Roles.dcMember,
  dcs: ['dcad'],
};
/** Another participant (DC on Internet Standards, Security and Safety). */
export const bob: TestPerson = {
  name: 'Wout de Natris',
  role: Roles.dcMember,
  dcs: ['is3c'],
};

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
