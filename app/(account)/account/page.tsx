import { redirect } from 'next/navigation';

/** The account is its services for now. */
export default function AccountPage() {
  redirect('/account/services');
}
