import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requestIp } from '@/lib/auth/context';
import { isLoopbackIp } from '@/lib/auth/request-ip';
import { usesSandbox } from '@/lib/config/env';
import { Notice } from '@/components/ui/Notice';
import { card, container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Mailbox (sandbox)' };

const sentAt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/**
 * The emails the built-in sandbox "sent" (password resets), so the flow can be tried without a
 * mail server. Only on the sandbox, and only for visitors on this computer: a reset link lets
 * whoever reads it choose the account's password.
 */
export default async function SandboxMailPage() {
  if (!usesSandbox() || !isLoopbackIp(await requestIp())) notFound();
  const { sandboxMail } = await import('@/lib/sandbox');
  const mails = sandboxMail();
  return (
    <div className={`${container} py-10 sm:py-12`}>
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-3xl font-semibold tracking-tight">Sandbox mailbox</h1>
        <Notice title="Sandbox">The emails WHMCS would have sent, newest first. A real WHMCS sends them to the customer instead.</Notice>
        {mails.length === 0 ? (
          <p className="text-muted">No emails yet.</p>
        ) : (
          <ol className="space-y-4">
            {mails.map((mail) => (
              <li key={mail.id}>
                <article aria-labelledby={`mail-${mail.id}`} className={`${card} p-5`} data-testid="sandbox-mail">
                  <h2 id={`mail-${mail.id}`} className="font-semibold">
                    {mail.subject}
                  </h2>
                  <p className="mt-1 text-sm text-muted">
                    To {mail.to}, {sentAt.format(new Date(mail.sentAt))} UTC
                  </p>
                  <p className="mt-3 whitespace-pre-line text-sm">{mail.body}</p>
                  <p className="mt-3">
                    <Link href={mail.link} className="inline-flex min-h-6 items-center font-semibold text-accent-text underline underline-offset-4">
                      Reset your password
                    </Link>
                  </p>
                </article>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
