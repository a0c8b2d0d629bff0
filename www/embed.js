// Rekenhulp loader for a host page. Add the bundle's stylesheet, this script, and an element:
//
//   <link rel="stylesheet" href="/rekenhulp/werkgever/style.css">
//   <script type="module" src="/rekenhulp/werkgever/embed.js"></script>
//   <div data-rekenhulp data-tool="werkgever" data-gemeente="ommen"></div>
//
// For English, load /rekenhulp/en/werkgever/embed.js (every language is its own bundle).
// The module mounts the tool on every matching [data-rekenhulp] element. No inline script,
// no eval: it runs under a strict Content-Security-Policy with 'wasm-unsafe-eval' added.
// The JS API of this bundle is the default export's module: import it from rekenhulp.js.
import init, { mount, language } from './rekenhulp.js';

// While the WebAssembly loads (seconds on a slow phone), an empty element says so, in the
// host page's language as far as we know it; the app replaces the text when it mounts.
const toolOfBundle = new URL('./', import.meta.url).pathname.split('/').filter(Boolean).pop();
for (const el of document.querySelectorAll('[data-rekenhulp]')) {
  if (el.childElementCount > 0 || el.textContent.trim() !== '') continue;
  if (el.getAttribute('data-tool') && el.getAttribute('data-tool') !== toolOfBundle) continue;
  const lang = (el.getAttribute('data-lang') || document.documentElement.lang || 'nl').slice(0, 2);
  const p = document.createElement('p');
  p.className = 'rh-loading';
  p.setAttribute('role', 'status');
  p.textContent = lang === 'en' ? 'The calculator is loading…' : 'De rekenhulp wordt geladen…';
  el.append(p);
}

await init({ module_or_path: new URL('./rekenhulp_bg.wasm', import.meta.url) });

export { mount };

// The language switch inside the app: instead of leaving the host page, swap this tool for
// the same tool in another language, in place. The app has put the inputs in the link's
// fragment as the click passes it; they go along as data-state.
const here = new URL('./', import.meta.url);
const tool = here.pathname.split('/').filter(Boolean).pop();
const ownLanguage = language();
const root = new URL(ownLanguage === 'nl' ? '../' : '../../', here);

document.addEventListener('click', async (event) => {
  const link = event.target instanceof Element ? event.target.closest('.rh-lang a[hreflang]') : null;
  const el = link?.closest('[data-rekenhulp]');
  const lang = link?.getAttribute('hreflang') ?? '';
  // Not ours: another bundle's tool, a host that handles languages itself (it called
  // preventDefault), or a modified click (new tab): leave it to the browser.
  if (!el || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  if (el.getAttribute('data-tool') !== tool || (el.getAttribute('data-lang') || ownLanguage) !== ownLanguage) return;
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(lang)) return;
  event.preventDefault();
  const next = el.cloneNode(false);
  next.removeAttribute('data-rekenhulp-mounted');
  next.setAttribute('data-lang', lang);
  next.setAttribute('data-state', new URL(link.href).hash);
  el.replaceWith(next);
  const bundle = new URL(`${lang === 'nl' ? '' : `${lang}/`}${tool}/`, root);
  const other = await import(new URL('embed.js', bundle).href);
  other.mount();
  // Keyboard and screen reader users land on the switch they used, now in the new language.
  for (let i = 0; i < 50; i++) {
    const again = next.querySelector('.rh-lang a');
    if (again) {
      again.focus();
      break;
    }
    await new Promise((r) => requestAnimationFrame(r));
  }
});
