// Rekenhulp loader for a host page. Add the bundle's stylesheet, this script, and an element:
//
//   <link rel="stylesheet" href="/rekenhulp/werkgever/style.css">
//   <script type="module" src="/rekenhulp/werkgever/embed.js"></script>
//   <div data-rekenhulp data-tool="werkgever" data-gemeente="ommen"></div>
//
// The module mounts the tool on every matching [data-rekenhulp] element. No inline script,
// no eval: it runs under a strict Content-Security-Policy with 'wasm-unsafe-eval' added.
// The JS API of this bundle is the default export's module: import it from rekenhulp.js.
import init from './rekenhulp.js';

await init({ module_or_path: new URL('./rekenhulp_bg.wasm', import.meta.url) });
