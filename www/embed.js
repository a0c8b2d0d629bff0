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

await init({ module_or_path: new URL('./rekenhulp_bg.wasm', import.meta.url) });

export { mount };

// The language switch inside the app asks us to swap this tool for the same tool in
// another language, in place: the host page stays, the inputs go along (data-state).
const here = new URL('./', import.meta.url);
const tool = here.pathname.split('/').filter(Boolean).pop();
const ownLanguage = language();
const root = new URL(ownLanguage === 'nl' ? '../' : '../../', here);

document.addEventListener('rekenhulp-language', async (event) => {
  const el = event.target instanceof Element ? event.target.closest('[data-rekenhulp]') : null;
  const { lang, from, state } = event.detail || {};
  if (event.defaultPrevented || !el || from !== ownLanguage || el.getAttribute('data-tool') !== tool || !/^[a-z-]{2,8}$/.test(lang)) return;
  event.preventDefault();
  const next = el.cloneNode(false);
  next.removeAttribute('data-rekenhulp-mounted');
  next.setAttribute('data-lang', lang);
  next.setAttribute('data-state', state || '');
  el.replaceWith(next);
  const bundle = new URL(`${lang === 'nl' ? '' : `${lang}/`}${tool}/`, root);
  const other = await import(new URL('embed.js', bundle).href);
  other.mount();
  // Keyboard and screen reader users land on the switch they used, now in the new language.
  for (let i = 0; i < 50; i++) {
    const link = next.querySelector('.rh-lang a');
    if (link) {
      link.focus();
      break;
    }
    await new Promise((r) => requestAnimationFrame(r));
  }
});
