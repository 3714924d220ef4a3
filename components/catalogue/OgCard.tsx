import { ImageResponse } from 'next/og';
import { formatMoney, type FromPrice } from '@/lib/pricing';
import { shopBranding } from '@/lib/shop/branding';
import type { Currency } from '@/lib/whmcs/types';

/** Open Graph images: 1200 x 630, the size every network crops well. */
const OG_SIZE = { width: 1200, height: 630 };

/**
 * The link preview of a catalogue page: the image route beside the page (`opengraph-image/route.tsx`),
 * named by its public URL, so the preview never shows the internal currency segment.
 */
export function ogImageOf(pagePath: string, alt: string) {
  return [{ url: `${pagePath}/opengraph-image`, ...OG_SIZE, type: 'image/png', alt }];
}

/** A card's price line: "From $4.00/mo". */
export function ogFromText(from: FromPrice | null, currency: Currency): string | null {
  return from ? `From ${formatMoney(from.monthly ?? from.amount, currency)}${from.monthly !== null ? '/mo' : ''}` : null;
}

/**
 * A link-preview card in the shop's colours: shop name, a title, a price line and a few
 * features. Rendered by next/og (Satori), so only inline styles and flex layout.
 */
export function ogCard({
  eyebrow,
  title,
  price,
  lines,
}: {
  eyebrow: string;
  title: string;
  price: string | null;
  lines: string[];
}): ImageResponse {
  // The shop's branding as it is now (read at start-up), not as it was at build time.
  const { name: shopName, palette } = shopBranding();
  const { accent, onAccent } = palette;
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff', color: '#0b0d12', padding: 72 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          <div style={{ display: 'flex', width: 48, height: 48, borderRadius: 12, background: accent }} />
          <div style={{ display: 'flex', fontSize: 30, fontWeight: 600 }}>{shopName}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
          <div style={{ display: 'flex', fontSize: 30, color: '#535a68' }}>{eyebrow}</div>
          <div style={{ display: 'flex', fontSize: 76, fontWeight: 700, letterSpacing: -2, marginTop: 8 }}>{title}</div>
          {lines.length > 0 && (
            <div style={{ display: 'flex', fontSize: 28, color: '#535a68', marginTop: 16 }}>{lines.slice(0, 3).join(' · ')}</div>
          )}
          {price && (
            <div style={{ display: 'flex', marginTop: 40 }}>
              <div style={{ display: 'flex', fontSize: 40, fontWeight: 700, background: accent, color: onAccent, borderRadius: 16, padding: '12px 28px' }}>
                {price}
              </div>
            </div>
          )}
        </div>
      </div>
    ),
    OG_SIZE,
  );
}
