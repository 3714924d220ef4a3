import { GroupPage, groupMetadata } from '@/components/catalogue/pages/GroupPage';

type Props = { params: Promise<{ group: string }> };

export async function generateMetadata({ params }: Props) {
  return groupMetadata({ currencyCode: null, groupSlug: (await params).group });
}

export default async function Page({ params }: Props) {
  return <GroupPage currencyCode={null} groupSlug={(await params).group} />;
}

// Rendered on first visit, then served from the cache (builds need no WHMCS): see lib/catalogue.
export function generateStaticParams() {
  return [];
}
