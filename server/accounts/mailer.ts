/**
 * E-mails invitation and reset links when SMTP is configured (SMTP_URL). Without it the links
 * are only shown to the Secretariat, which is enough: no mail server is required. A failure to
 * send is logged (without the SMTP password) and reported, never fatal.
 */
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';

/** Sends one-time links to people. */
export interface Mailer {
  /** Whether sending is configured at all. */
  readonly enabled: boolean;
  /** Sends `url` to `to`; resolves with whether it was sent. */
  sendLink(
    to: { name: string; email: string },
    kind: 'invite' | 'reset',
    url: string,
  ): Promise<boolean>;
}

const SUBJECTS = {
  invite: 'You are invited to DC Planner',
  reset: 'Your DC Planner password link',
} as const;

/** A mailer for `smtpUrl`, or one that sends nothing when it is empty. */
export function createMailer(smtpUrl: string, from: string, log: Logger): Mailer {
  if (!smtpUrl) return { enabled: false, sendLink: async () => false };
  // Loaded with the first e-mail, so servers without (or before) mail start without it.
  let transport: Promise<Transporter> | null = null;
  const transporter = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(smtpUrl),
    ));
  return {
    enabled: true,
    async sendLink(to, kind, url) {
      const intro =
        kind === 'invite'
          ? 'The IGF Secretariat invited you to DC Planner, the planning workspace of the Dynamic Coalition Coordination Group.'
          : 'The IGF Secretariat made a new password link for your DC Planner account.';
      try {
        await (
          await transporter()
        ).sendMail({
          from,
          to: { name: to.name, address: to.email },
          subject: SUBJECTS[kind],
          text: `Dear ${to.name},\n\n${intro}\n\nOpen this link to set your password (it works once, for 7 days):\n${url}\n`,
        });
        return true;
      } catch (error) {
        log.warn(
          { to: to.email, err: error instanceof Error ? error.message : String(error) },
          'sending a link failed',
        );
        return false;
      }
    },
  };
}
