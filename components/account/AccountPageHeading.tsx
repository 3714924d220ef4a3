import Link from 'next/link';
import type { ReactNode } from 'react';

const linkClass = 'inline-flex min-h-11 items-center font-semibold text-accent-text underline-offset-4 hover:underline';

/** The heading of an account page: what it lists, who is signed in, and where to go next. */
export function AccountPageHeading({
  title,
  email,
  links,
  children,
}: {
  title: string;
  email: string;
  links: readonly { href: string; label: string }[];
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
        <p className="mt-1 text-muted">Signed in as {email}.</p>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        {links.map((link) => (
          <Link key={link.href} href={link.href} className={linkClass}>
            {link.label}
          </Link>
        ))}
        {children}
      </div>
    </div>
  );
}
