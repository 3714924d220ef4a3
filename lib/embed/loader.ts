import { DOMAIN_OPTION_NAMES } from './domain-options';
import { EMBED_OPTION_NAMES } from './options';
import { DEFAULT_HEIGHTS, EMBED_PATHS, EMBED_TITLES, IFRAME_SANDBOX, RESIZE_MESSAGE_TYPE } from './protocol';

/**
 * The source of /embed.js: turns every `<div data-hostfront-product="3">`,
 * `<div data-hostfront-group="vps">` and `<div data-hostfront-domains="search|prices">` on a page
 * into an iframe of the embed, and sizes each
 * iframe to what its embed reports. Hand-written ES2017, dependency-free, a few hundred bytes
 * gzipped: it runs on other people's pages.
 *
 * Origins are checked both ways: the iframe URL carries this page's origin (`parent`), which the
 * embed posts to only when it is allowed; here, a message counts only when it comes from the
 * shop's origin (the origin of this script's own URL) AND from one of the iframes this loader
 * made, and then it can do nothing but set that iframe's height and title.
 *
 * The allowed origins (EMBED_ALLOWED_ORIGINS, public anyway in every embed's frame-ancestors)
 * are written into the script, so on a page that may not frame the embeds it replaces nothing:
 * the marketer's fallback content stays, and the console says why, instead of grey frames the
 * browser refuses.
 */

export function loaderSource(allowedOrigins: readonly string[]): string {
  return `(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var shop = new URL(script.src).origin;
  var here = location.origin;
  if (here !== shop && ${JSON.stringify([...new Set(allowedOrigins)])}.indexOf(here) < 0) {
    window.hostfrontEmbeds = { scan: function () {} };
    console.warn('Hostfront embeds: ' + (here === 'null' ? 'this page has no web origin' : here + " is not in the shop's EMBED_ALLOWED_ORIGINS") +
      ', so ' + shop + ' may not be framed here; the content inside the embed elements stays as it is.');
    return;
  }
  var names = ${JSON.stringify([...EMBED_OPTION_NAMES, ...DOMAIN_OPTION_NAMES])};
  var kinds = {
    hostfrontProduct: [${JSON.stringify(EMBED_PATHS.product)}, ${JSON.stringify(EMBED_TITLES.product)}, ${DEFAULT_HEIGHTS.product}],
    hostfrontGroup: [${JSON.stringify(EMBED_PATHS.group)}, ${JSON.stringify(EMBED_TITLES.group)}, ${DEFAULT_HEIGHTS.group}],
    hostfrontDomains: [${JSON.stringify(EMBED_PATHS.domains)}, ${JSON.stringify(EMBED_TITLES.search)}, ${DEFAULT_HEIGHTS.search}]
  };
  // The domain embeds' value names the view, which has its own title and height.
  var views = Object.create(null);
  views.prices = [${JSON.stringify(EMBED_TITLES.prices)}, ${DEFAULT_HEIGHTS.prices}];
  var frames = Object.create(null);
  var prefix = 'hf' + Math.random().toString(36).slice(2, 8) + '-';
  var count = 0;

  function build(el) {
    if (el.hasAttribute('data-hostfront-ready')) return;
    var data = el.dataset;
    var key = data.hostfrontProduct ? 'hostfrontProduct' : data.hostfrontGroup ? 'hostfrontGroup' : data.hostfrontDomains ? 'hostfrontDomains' : null;
    if (!key) return;
    el.setAttribute('data-hostfront-ready', '');
    var kind = kinds[key];
    var view = key === 'hostfrontDomains' && views[data[key]];
    var title = view ? view[0] : kind[1];
    var height = view ? view[1] : kind[2];
    var id = prefix + count++;
    var query = new URLSearchParams();
    names.forEach(function (name) {
      if (data[name]) query.set(name, data[name]);
    });
    query.set('parent', here);
    query.set('id', id);
    var frame = document.createElement('iframe');
    frame.src = shop + kind[0] + encodeURIComponent(data[key]) + '?' + query;
    frame.title = title;
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('sandbox', ${JSON.stringify(IFRAME_SANDBOX)});
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + height + 'px';
    el.textContent = '';
    el.appendChild(frame);
    frames[id] = frame;
  }

  function scan() {
    document.querySelectorAll('[data-hostfront-product],[data-hostfront-group],[data-hostfront-domains]').forEach(build);
  }

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.origin !== shop || !message || message.type !== ${JSON.stringify(RESIZE_MESSAGE_TYPE)}) return;
    var frame = typeof message.id === 'string' ? frames[message.id] : null;
    if (!frame || event.source !== frame.contentWindow) return;
    var height = Number(message.height);
    if (height > 0 && height < 20000) frame.style.height = Math.ceil(height) + 'px';
    if (typeof message.title === 'string' && message.title) frame.title = message.title.slice(0, 200);
  });

  scan();
  // An async script may run before the rest of the page is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  // For pages that add embeds later (single-page apps): window.hostfrontEmbeds.scan().
  window.hostfrontEmbeds = { scan: scan };
})();
`;
}

/**
 * embed.js changes only with a deployment, so browsers keep it for an hour and CDNs serve a
 * stale copy for a day while refreshing: snippets point at a fixed URL, so it cannot be
 * fingerprinted, and the embed protocol stays compatible across versions.
 */
export const LOADER_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';
