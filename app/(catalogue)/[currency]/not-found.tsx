import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/catalogue/NotFoundMessage';

export const metadata: Metadata = { title: 'Plan not found', robots: { index: false } };

/** An unknown group or product: the header and footer stay, with the way back. */
export default function CatalogueNotFound() {
  return <NotFoundMessage what="plan" />;
}
