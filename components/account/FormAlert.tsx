/**
 * A problem with the whole form (wrong password, too many attempts, billing unreachable), said
 * above the fields and announced. Always rendered (empty when there is nothing to say) so that
 * assistive technology is listening before the message arrives.
 */
export function FormAlert({ message, link }: { message?: string; link?: { href: string; label: string } }) {
  return (
    <div role="alert" className={message ? 'rounded-xl border border-danger bg-danger-bg px-4 py-3 text-sm text-fg' : 'sr-only'}>
      {message && (
        <>
          <p className="font-medium">{message}</p>
          {link && (
            <p className="mt-2">
              <a href={link.href} className="inline-flex min-h-6 items-center font-semibold text-accent-text underline underline-offset-4">
                {link.label}
              </a>
            </p>
          )}
        </>
      )}
    </div>
  );
}
