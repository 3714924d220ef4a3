import { createHash } from 'node:crypto';
import { RESIZE_MESSAGE_TYPE } from '../protocol';

/**
 * The embed's only JavaScript: it tells the page framing it how tall it is, whenever that
 * changes (first paint, fonts, a cycle switch, a narrower window), so the iframe never scrolls
 * nor leaves a gap. The target origin and the loader's id come from attributes the server wrote
 * after checking the origin against EMBED_ALLOWED_ORIGINS; postMessage then delivers only if the
 * framing page really has that origin. The text is constant, so its CSP hash is too.
 */
export const RESIZE_SCRIPT =
  '(function(){var d=document.currentScript.dataset,o=d.parent,h=0;if(!o||parent===window)return;' +
  'new ResizeObserver(function(){var n=Math.ceil(document.documentElement.getBoundingClientRect().height);' +
  `if(n!==h){h=n;parent.postMessage({type:${JSON.stringify(RESIZE_MESSAGE_TYPE)},id:d.id,height:n,title:document.title},o)}})` +
  '.observe(document.documentElement)})()';

/** `sha256-…` of a script or style text, as CSP source expressions take it. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export const RESIZE_SCRIPT_HASH = cspHash(RESIZE_SCRIPT);

