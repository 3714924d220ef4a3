/** Signs out with a plain form POST (works without JavaScript; see app/(account)/sign-out). */
export function SignOutButton({ className = '', label = 'Sign out' }: { className?: string; label?: string }) {
  return (
    <form method="post" action="/sign-out" className="inline">
      <button type="submit" className={`inline-flex min-h-6 items-center font-semibold text-accent-text underline underline-offset-4 ${className}`}>
        {label}
      </button>
    </form>
  );
}
