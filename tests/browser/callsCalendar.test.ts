/**
 * Calls and the calendar in the browser, across time zones (SPEC Z2, K5): a DC member in
 * Asia/Tokyo submits a public session in Tokyo time; the Secretariat in Europe/Warsaw sees it
 * appear without reload, with the time in Warsaw and UTC, and accepts it with a note; the DC
 * sees the decision live; both find the same instant on the calendar, each in their own zone.
 * Two separate browser contexts, each with its own time zone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { SeededCallIds } from '../../shared/calls/seedCalls';
import { createAccount, signInContext } from './helpers/accounts';
import { alice, type TestPerson } from './helpers/browser';
import { useBrowserSuite } from './helpers/browserSuite';

const suite = useBrowserSuite();

/** A person signed in from their own context, in `timezoneId`, on `path`. */
async function personIn(person: TestPerson, timezoneId: string, path: string): Promise<Page> {
  const { server, browser } = suite;
  const user = await createAccount(server, person);
  const context = suite.track(
    await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId }),
  );
  await signInContext(context, server, user);
  const page = await context.newPage();
  suite.watch(page);
  await page.goto(`${server.url}${path}`);
  return page;
}

const CALL = `/calls/${SeededCallIds.preparatorySessions}`;

describe('a session across time zones', () => {
  it('Z2 submitted in Tokyo, accepted in Warsaw, the same instant on both calendars', async () => {
    const secretariat = await personIn(
      { name: 'Sorina Teleanu', role: Roles.secretariat, dcs: [] },
      'Europe/Warsaw',
      CALL,
    );
    await secretariat.getByRole('heading', { name: 'Answers' }).waitFor();
    await expect(secretariat.getByTestId('time-zone').textContent()).resolves.toBe('Europe/Warsaw');
    await secretariat.getByText('No DC has submitted an answer yet.').waitFor();

    const dc = await personIn(alice, 'Asia/Tokyo', CALL);
    await expect(dc.getByTestId('time-zone').textContent()).resolves.toBe('Asia/Tokyo');
    await dc.getByRole('button', { name: 'Answer this call' }).click();
    const form = dc.getByRole('form', { name: 'New answer' });

    // The browser names every missing field before anything is sent.
    await form.getByRole('button', { name: 'Submit' }).click();
    await form.getByText('Session title: required to submit').waitFor();
    await form.getByText('Date and time: required to submit').waitFor();

    await form.getByLabel('Session title').fill('Accessible hybrid meetings');
    await form.getByLabel('Short description').fill('How to make hybrid meetings accessible.');
    await form.getByLabel('Start (Asia/Tokyo)').fill('2030-10-05T23:00');
    await form.getByLabel('End (Asia/Tokyo)').fill('2030-10-05T22:00');
    await form.getByRole('button', { name: 'Submit' }).click();
    await form.getByText('Date and time (end): must be after the start').waitFor();
    await form.getByLabel('End (Asia/Tokyo)').fill('2030-10-06T01:00');
    await form.getByTestId('utc-preview').getByText('Sat 5 Oct 2030, 14:00–16:00 UTC').waitFor();
    await form.getByLabel('Participation details').fill('Zoom; captions in English.');
    await form.getByLabel('Registration link (optional)').fill('https://example.org/register');
    await form.getByRole('button', { name: 'Submit' }).click();
    const answer = dc.getByRole('form', { name: 'Answer of DC on Accessibility and Disability' });
    await answer.getByText('Submitted: waiting for the Secretariat').waitFor();

    // The Secretariat's page shows it without reload, in Warsaw time with UTC beside it.
    const card = secretariat.getByRole('article', {
      name: 'Accessible hybrid meetings · DC on Accessibility and Disability',
    });
    await card.waitFor();
    await expect(card.getByTestId('local-time').textContent()).resolves.toBe(
      'Sat 5 Oct 2030, 16:00–18:00 (UTC+02:00)',
    );
    await expect(card.getByTestId('utc-time').textContent()).resolves.toBe(
      'Sat 5 Oct 2030, 14:00–16:00 UTC',
    );
    await card.getByLabel('Note to the DC (optional)').fill('Welcome to the calendar.');
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByTestId('answer-state').getByText('Accepted').waitFor();

    // The DC sees the decision and the note without reload.
    await answer.getByTestId('answer-state').getByText('Accepted').waitFor();
    await answer.getByText('Welcome to the calendar.').waitFor();

    // Both calendars show the same instant, each in their own zone.
    for (const page of [dc, secretariat]) {
      await page
        .getByRole('navigation', { name: 'Workspace' })
        .getByRole('link', { name: 'Calendar' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Preparatory phase calendar' }).waitFor();
    }
    const dcSession = dc.getByRole('article', { name: 'Accessible hybrid meetings' });
    const secretariatSession = secretariat.getByRole('article', {
      name: 'Accessible hybrid meetings',
    });
    await expect(dcSession.getByTestId('local-time').textContent()).resolves.toBe(
      'Sat 5 Oct 2030, 23:00 – Sun 6 Oct 2030, 01:00 (UTC+09:00)',
    );
    await expect(secretariatSession.getByTestId('local-time').textContent()).resolves.toBe(
      'Sat 5 Oct 2030, 16:00–18:00 (UTC+02:00)',
    );
    for (const session of [dcSession, secretariatSession]) {
      await expect(session.getByTestId('utc-time').textContent()).resolves.toBe(
        'Sat 5 Oct 2030, 14:00–16:00 UTC',
      );
      await expect(session.getByTestId('local-time').getAttribute('datetime')).resolves.toBe(
        '2030-10-05T14:00:00.000Z',
      );
    }

    // The month view puts it on 5 October in Warsaw and on 5 and 6 October in Tokyo.
    await secretariat.getByRole('button', { name: 'Month' }).click();
    await secretariat.getByRole('heading', { name: 'October 2030' }).waitFor();
    await expect(secretariat.locator('.month-grid__entry').allTextContents()).resolves.toEqual([
      '16:00 Accessible hybrid meetings',
    ]);
    await dc.getByRole('button', { name: 'Month' }).click();
    await dc.getByRole('heading', { name: 'October 2030' }).waitFor();
    await expect(dc.locator('.month-grid__entry').count()).resolves.toBe(2);

    // The DC withdraws it: it leaves the Secretariat's calendar without reload.
    await dc.goto(`${suite.server.url}${CALL}`);
    await dc
      .getByRole('form', { name: 'Answer of DC on Accessibility and Disability' })
      .getByRole('button', { name: 'Withdraw' })
      .click();
    await secretariat.locator('.month-grid__entry').first().waitFor({ state: 'detached' });
  });

  it('K6 action items: a DC member sees theirs on the home page, flagged, and changes live', async () => {
    const today = new Date();
    const day = (offset: number) =>
      new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset))
        .toISOString()
        .slice(0, 10);
    const dc = await personIn(
      { name: 'Wout de Natris', role: Roles.dcMember, dcs: ['is3c'] },
      'UTC',
      '/',
    );
    const mine = dc.getByRole('region', { name: 'My action items' });
    await mine.getByText('Contribute to the mapping of linkages').waitFor();
    // Items for another DC or for the Secretariat are not the DC member's.
    await expect(mine.getByText('Share the draft DC paper').count()).resolves.toBe(0);

    const secretariat = await personIn(
      { name: 'Chengetai Masango', role: Roles.secretariat, dcs: [] },
      'Europe/Warsaw',
      '/actions',
    );
    await secretariat.getByRole('button', { name: 'Record an action item' }).click();
    const form = secretariat.getByRole('form', { name: 'Record an action item' });
    await form.getByRole('button', { name: 'Record the action item' }).click();
    await form.getByText('what: say what is to be done').waitFor();
    await form.getByText('owners: at least one owner').waitFor();
    await form.getByLabel('What is to be done').fill('Send the IS3C session outline');
    await form
      .getByRole('checkbox', { name: 'DC on Internet Standards, Security and Safety' })
      .check();
    await form.getByLabel('Due date (optional)').fill(day(-1));
    await form.getByRole('button', { name: 'Record the action item' }).click();
    await form.waitFor({ state: 'detached' });

    const item = mine.getByRole('article', { name: 'Send the IS3C session outline' });
    await item.getByText('Overdue').waitFor();
    const row = secretariat.getByRole('article', { name: 'Send the IS3C session outline' });
    await row.getByRole('button', { name: 'Change' }).click();
    const change = secretariat.getByRole('form', { name: 'Change the action item' });
    await change.getByLabel('Due date (optional)').fill(day(3));
    await change.getByRole('button', { name: 'Save the action item' }).click();
    await change.waitFor({ state: 'detached' });
    await item.getByText('Due soon').waitFor();
    await secretariat
      .getByRole('article', { name: 'Send the IS3C session outline' })
      .getByRole('button', { name: 'Mark done' })
      .click();
    await item.waitFor({ state: 'detached' });
  });

  it('K3 the Secretariat opens a call from the form; a DC member sees it live and changes zone', async () => {
    const dc = await personIn(
      { name: 'Olivier Crepin-Leblond', role: Roles.dcMember, dcs: ['dc-civ'] },
      'America/New_York',
      '/calls',
    );
    await dc.getByRole('heading', { level: 1, name: 'Calls' }).waitFor();
    await expect(dc.getByRole('button', { name: 'Open a call' }).count()).resolves.toBe(0);

    const secretariat = await personIn(
      { name: 'Anja Gengo', role: Roles.secretariat, dcs: [] },
      'Europe/Warsaw',
      '/calls',
    );
    await secretariat.getByRole('button', { name: 'Open a call' }).click();
    const form = secretariat.getByRole('form', { name: 'Open a call' });
    await form.getByRole('button', { name: 'Open the call' }).click();
    await form.getByText('title: required').waitFor();
    await form.getByText('closing date: enter a date and time like 2021-10-05 14:30').waitFor();
    await form.getByLabel('Title').fill('Speakers for the DC main session');
    await form.getByLabel('Closes (Europe/Warsaw)').fill('2031-03-30T02:30');
    await form.getByRole('button', { name: 'Add a field' }).click();
    await form.getByLabel('Field 2 label').fill('Speaking slot');
    await form.getByLabel('Kind').nth(1).selectOption('timeRange');
    await form.getByRole('button', { name: 'Open the call' }).click();
    // 30 March 2031, 02:30 does not exist in Warsaw: the clocks skip that hour.
    await form
      .getByText(/closing date: 2031-03-30 02:30 does not exist in Europe\/Warsaw/)
      .waitFor();
    await form.getByLabel('Closes (Europe/Warsaw)').fill('2031-03-30T12:00');
    await form.getByRole('button', { name: 'Open the call' }).click();
    await form.waitFor({ state: 'detached' });

    // The DC member's list shows it without reload, in New York time with UTC beside it.
    const link = dc.getByRole('link', { name: 'Speakers for the DC main session' });
    await link.waitFor();
    const card = dc.getByRole('listitem').filter({ has: link });
    await card.getByText('Closes Sun 30 Mar 2031, 06:00 (UTC−04:00)').waitFor();
    await card.getByText('Sun 30 Mar 2031, 10:00 UTC').waitFor();
    await dc.getByRole('button', { name: 'Change time zone' }).click();
    await dc.getByLabel('Time zone').fill('Asia/Tokyo');
    await dc.getByRole('button', { name: 'Use this zone' }).click();
    await card.getByText('Closes Sun 30 Mar 2031, 19:00 (UTC+09:00)').waitFor();

    await link.click();
    await dc.getByRole('button', { name: 'Answer this call' }).click();
    await dc.getByLabel('Start (Asia/Tokyo)').waitFor();
    // The zone is remembered for this person.
    await dc.reload();
    await expect(dc.getByTestId('time-zone').textContent()).resolves.toBe('Asia/Tokyo');
  });
});
