import { AccountMenu } from './AccountMenu';

/**
 * The header's "Sign in" link, or "Account" and "Sign out" for a signed-in customer. A server
 * component that reads nothing per request, so it may sit in the header of static catalogue
 * pages: the session is read in the browser by the AccountMenu island (see there).
 */
export function AccountNav() {
  return (
    <nav aria-label="Your account" className="print:hidden">
      <AccountMenu />
    </nav>
  );
}
