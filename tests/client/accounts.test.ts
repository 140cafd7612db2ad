// Pure pieces of the client's accounts: API errors, account parsing and words, password and
// link forms, sign-in messages, access notices, the participant-list review, colours.
import { describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { parseParticipantList } from '../../shared/accounts/parseParticipantList';
import { presenceColor } from '../../shared/accounts/presenceColor';
import { describeAccount, isSecretariat, parseAccount } from '../../client/src/account/account';
import { linkFormProblems } from '../../client/src/account/linkForm';
import { newPasswordProblems } from '../../client/src/account/passwordRule';
import { formatWait, signInErrorMessage } from '../../client/src/account/signInErrors';
import { ApiRequestError, readApiError } from '../../client/src/api/apiError';
import { accessNotice, canEditText } from '../../client/src/editor/accessNotice';
import { awarenessUser } from '../../client/src/editor/editorExtensions';
import {
  draftRows,
  invitableRows,
  reviewParticipants,
} from '../../client/src/people/participantReview';
import { personProblems } from '../../client/src/people/personForm';
import { dcShortNames } from '../../client/src/people/peopleLabels';

const judith = {
  id: 'u1',
  name: 'Judith Hellerstein',
  email: 'judith@example.org',
  role: Roles.dcMember,
  dcs: ['dcad'],
  status: 'active',
} as const;

describe('readApiError', () => {
  it('reads id, message, fields and Retry-After', () => {
    const error = readApiError(
      400,
      {
        error: {
          id: 'invalid_input',
          message: 'Please correct: email.',
          fields: { email: 'email: bad', n: 3 },
        },
      },
      null,
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 400,
      id: 'invalid_input',
      message: 'Please correct: email.',
    });
    expect(error.fields).toEqual({ email: 'email: bad' });
    expect(
      readApiError(429, { error: { id: 'rate_limited', message: 'Wait.' } }, '42.1')
        .retryAfterSeconds,
    ).toBe(43);
  });

  it('gives a plain message for bodies of the wrong shape', () => {
    for (const body of [null, 'oops', { error: 'x' }, { error: { message: '' } }]) {
      const error = readApiError(502, body, 'soon');
      expect(error.id).toBe('unexpected');
      expect(error.message).toContain('502');
      expect(error.retryAfterSeconds).toBeNull();
    }
  });
});

describe('accounts', () => {
  it('parses an account and refuses malformed ones', () => {
    expect(parseAccount(judith)).toEqual(judith);
    for (const bad of [
      null,
      { ...judith, id: '' },
      { ...judith, role: 'admin' },
      { ...judith, status: 'gone' },
      { ...judith, dcs: [1] },
      { ...judith, name: undefined },
    ])
      expect(parseAccount(bad)).toBeNull();
  });

  it('describes a person by DC and role', () => {
    expect(describeAccount(judith)).toEqual({
      affiliation: 'DC on Accessibility and Disability',
      short: 'DCAD · DC member',
    });
    expect(describeAccount({ role: Roles.secretariat, dcs: [] })).toEqual({
      affiliation: 'IGF Secretariat',
      short: 'Secretariat',
    });
    expect(describeAccount({ role: Roles.observer, dcs: [] }).short).toBe('Observer');
    expect(isSecretariat({ role: Roles.secretariat })).toBe(true);
    expect(isSecretariat(judith)).toBe(false);
  });

  it('publishes the same presence the server stamps: affiliation and account colour', () => {
    expect(awarenessUser(judith)).toEqual({
      id: 'u1',
      name: 'Judith Hellerstein',
      dc: 'DC on Accessibility and Disability',
      color: presenceColor('u1'),
    });
  });

  it('picks a stable #rrggbb colour per account', () => {
    for (const id of ['', 'a', 'u1', '0b8f7c1e-1234', 'x'.repeat(64), 'Ünïcødé']) {
      expect(presenceColor(id)).toBe(presenceColor(id));
      expect(presenceColor(id)).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(['u1', 'u2', 'u3', 'u4', 'u5'].map(presenceColor)).size).toBeGreaterThan(1);
  });
});

describe('password and link forms', () => {
  it('asks for at least 10 characters, typed the same twice', () => {
    expect(newPasswordProblems('short', 'short')).toEqual({
      password: 'Password: use at least 10 characters.',
    });
    expect(newPasswordProblems('long enough!', 'long enough?')).toEqual({
      confirm: 'Confirm password: this does not match the password.',
    });
    expect(newPasswordProblems('x'.repeat(201), 'x'.repeat(201)).password).toContain('at most');
    expect(newPasswordProblems('long enough!', 'long enough!')).toEqual({});
  });

  it('checks name and e-mail only for the setup link, naming each field', () => {
    const values = {
      name: '',
      email: 'nope',
      password: 'a good password',
      confirm: 'a good password',
    };
    expect(linkFormProblems(values, false)).toEqual({});
    const problems = linkFormProblems(values, true);
    expect(problems.name).toMatch(/^name/);
    expect(problems.email).toMatch(/^email/);
    expect(
      linkFormProblems({ ...values, name: 'Sorina Teleanu', email: 'sorina@example.org' }, true),
    ).toEqual({});
  });

  it('names the fields of an invitation with the shared schema', () => {
    expect(
      personProblems({ name: 'Jutta Croll', email: 'x', role: Roles.dcMember, dcs: [] }),
    ).toEqual({
      email: 'email: enter an address like name@example.org',
      dcs: 'dcs: a DC member represents at least one Dynamic Coalition',
    });
    expect(
      personProblems({
        name: 'Jutta Croll',
        email: 'j@example.org',
        role: Roles.dcMember,
        dcs: ['dc-cos'],
      }),
    ).toEqual({});
  });
});

describe('sign-in messages', () => {
  it('uses the server words, and says how long to wait when rate limited', () => {
    const locked = new ApiRequestError(
      423,
      'locked',
      'This account is locked. Try again in 15 minutes.',
    );
    expect(signInErrorMessage(locked)).toBe(locked.message);
    expect(signInErrorMessage(new ApiRequestError(429, 'rate_limited', 'Too many.', {}, 42))).toBe(
      'Too many sign-in attempts from this network. Try again in 42 seconds.',
    );
    expect(
      signInErrorMessage(new ApiRequestError(429, 'rate_limited', 'Too many.', {}, null)),
    ).toBe('Too many.');
    expect(signInErrorMessage(new Error('boom'))).toContain('try again');
    expect([formatWait(1), formatWait(59), formatWait(60), formatWait(61)]).toEqual([
      '1 second',
      '59 seconds',
      '1 minute',
      '2 minutes',
    ]);
  });
});

describe('access notices', () => {
  it('explains read-only access and stays quiet for editors', () => {
    expect(accessNotice('viewer')).toBe('You can read this document but not change it.');
    expect(accessNotice('commenter')).toBe(
      'You can comment on this document but not edit its text.',
    );
    expect(accessNotice('editor')).toBeNull();
    expect(accessNotice(null)).toBeNull();
    expect([
      canEditText('editor'),
      canEditText('commenter'),
      canEditText('viewer'),
      canEditText(null),
    ]).toEqual([true, false, false, false]);
  });
});

describe('participant list review', () => {
  const pasted = [
    'Coordination facilitators',
    'Kummer\tMarkus\t\tmarkus@example.org',
    'Participants',
    'Hellerstein\tJudith\tDC on Accessibility and Disability\tjudith@example.org',
    'de Natris\tWout\tDC on Internet Standards, Security and Safety',
    'Doe\tJane\tDC on Imaginary Things\tjane@example.org',
    'Hellerstein\tJudith\tDC on Accessibility and Disability\tjudith2@example.org',
    'Croll\tJutta\t\tjutta@example.org',
    'Teleanu\tSorina\tDC on Data and Trust\tsorina@example.org',
  ].join('\n');
  const existing = { emails: ['SORINA@example.org'], names: [] };

  it('flags what the server preview flags (a missing DC is a note, not an obstacle)', () => {
    const parsed = parseParticipantList(pasted, existing);
    const reviewed = reviewParticipants(draftRows(parsed), existing);
    parsed.forEach((row, index) => {
      const blocking = row.problems.filter((problem) => !problem.startsWith('no DC given'));
      expect(reviewed[index]!.problems, `line ${row.line}`).toEqual(blocking);
    });
    expect(reviewed.find((entry) => entry.row.name === 'Jutta Croll')?.notes).toEqual([
      'no DC: invited as an observer',
    ]);
    expect(invitableRows(reviewed).map((row) => row.name)).toEqual([
      'Markus Kummer',
      'Judith Hellerstein',
      'Jutta Croll',
    ]);
  });

  it('lets an edited row in once it is fixed, and catches new problems', () => {
    const rows = draftRows(parseParticipantList(pasted, existing));
    const fixed = rows.map((row) => {
      if (row.name === 'Wout de Natris') return { ...row, email: 'wout@example.org' };
      if (row.name === 'Jane Doe')
        return { ...row, dcs: ['dc-dt'], unknownDc: null, role: Roles.dcMember };
      return row;
    });
    const reviewed = reviewParticipants(fixed, existing);
    expect(invitableRows(reviewed).map((row) => row.name)).toEqual([
      'Markus Kummer',
      'Judith Hellerstein',
      'Wout de Natris',
      'Jane Doe',
      'Jutta Croll',
    ]);
    // A DC member whose DC is taken away, and an e-mail typed twice, are refused again.
    const broken = fixed.map((row) =>
      row.name === 'Jane Doe'
        ? { ...row, dcs: [] }
        : row.name === 'Jutta Croll'
          ? { ...row, email: 'WOUT@example.org' }
          : row,
    );
    const again = reviewParticipants(broken, existing);
    expect(again.find((entry) => entry.row.name === 'Jane Doe')?.problems).toEqual([
      'dcs: a DC member represents at least one Dynamic Coalition',
    ]);
    expect(again.find((entry) => entry.row.name === 'Jutta Croll')?.problems).toEqual([
      'same e-mail as line 5',
    ]);
  });

  it('shows DC ids by their short names', () => {
    expect(dcShortNames(['dcad', 'is3c', 'unknown-dc'])).toBe('DCAD, IS3C, unknown-dc');
  });
});
