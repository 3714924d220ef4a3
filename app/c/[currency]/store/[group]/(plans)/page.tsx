import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { GroupPage, groupMetadata } from '@/components/catalogue/pages/GroupPage';

type Props = { params: Promise<{ currency: string; group: string }> };

export async function generateMetadata({ params }: Props) {
  const { currency, group } = await params;
  return groupMetadata({ currencyCode: codeFromSegment(currency), groupSlug: group });
}

export default async function Page({ params }: Props) {
  const { currency, group } = await params;
  return <GroupPage currencyCode={codeFromSegment(currency)} groupSlug={group} />;
}

export function generateStaticParams() {
  return [];
}
