import { ImageResponse } from 'next/og';
import { shopBranding } from '@/lib/shop/branding';

export const size = { width: 32, height: 32 };
export const contentType = 'image/png';

/** The favicon: the built-in mark in the shop's accent colour. */
export default function Icon() {
  const { palette } = shopBranding();
  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', alignItems: 'center', justifyContent: 'center', background: palette.accent, borderRadius: 8 }}>
        <svg viewBox="0 0 32 32" width="32" height="32">
          <path d="M9 21.5 16 10l7 11.5H9Z" fill={palette.onAccent} />
        </svg>
      </div>
    ),
    size,
  );
}
