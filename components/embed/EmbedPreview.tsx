'use client';

import { useEffect, useRef, useState } from 'react';
import { DEFAULT_HEIGHTS, IFRAME_SANDBOX, readResizeMessage } from '@/lib/embed/protocol';

export const PREVIEW_ID = 'preview';

/**
 * The embed as a visitor will see it: the real embed in an iframe (the shop may frame its own
 * embeds: `'self'` is always in their frame-ancestors), sized by the same resize messages
 * embed.js listens to, accepted only from this origin and this iframe.
 */
export function EmbedPreview({ src, shape, title }: { src: string; shape: keyof typeof DEFAULT_HEIGHTS; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number>(DEFAULT_HEIGHTS[shape]);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow) return;
      const message = readResizeMessage(event.data);
      if (message?.id === PREVIEW_ID) setHeight(message.height);
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <iframe
      ref={frame}
      src={src}
      title={title}
      sandbox={IFRAME_SANDBOX}
      className={`block w-full border-0 ${shape === 'product' ? 'max-w-sm' : shape === 'search' ? 'max-w-xl' : ''}`}
      style={{ height }}
    />
  );
}
