/** Entity type → background colour; also drives the legend. */
export const ENTITY_COLOURS: Readonly<Record<string, string>> = {
  institution: '#cfe2ff',
  political_group: '#e5d8ff',
  organization: '#c9f0f2',
  authority: '#ffdcc7',
  role: '#fff1a6',
  person: '#ffd3e6',
  country: '#d9f4c7',
  location: '#f1e1c2',
  legal_act: '#e3e3e3',
};

/** Statement kind → colour of its act, addressee and content marks. */
export const KIND_COLOURS: Readonly<Record<string, string>> = {
  directive: '#1b5fd1',
  expressive: '#b8125a',
  assertive: '#2b7a2f',
  commissive: '#d35400',
};

const entityRules = Object.entries(ENTITY_COLOURS)
  .map(([type, colour]) => `.t-${type}{background-color:${colour}}`)
  .join('\n');

const kindRules = Object.entries(KIND_COLOURS)
  .map(
    ([kind, colour]) =>
      `.st-content.k-${kind}{text-decoration-color:${colour}}.st-addr.k-${kind}{text-decoration-color:${colour}}.st-act.k-${kind}{color:${colour}}.sw-k-${kind}{border-color:${colour};color:${colour}}`,
  )
  .join('\n');

/** The one stylesheet of every page, inlined (pages open from the file system, offline). */
export const PAGE_CSS = `
:root{--ink:#1d2330;--muted:#5d6677;--line:#d9dde5;--bg:#fbfbfd;--panel:#ffffff;--bad:#d62828;--warn:#e67700;--good:#2b8a3e}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header.top{padding:14px 24px;background:#1d2a44;color:#fff}
header.top h1{margin:0;font-size:20px;font-weight:600}
header.top .sub{color:#c6cfdf;font-size:13px;margin-top:2px}
header.top a{color:#9cc3ff}
main{padding:16px 24px 40px}
h2{font-size:17px;margin:24px 0 8px}
h3{font-size:14px;margin:16px 0 6px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
a{color:#1b5fd1}
.note{color:var(--muted);font-size:13px}
.warning{background:#fff4e5;border:1px solid #f5c27a;padding:8px 12px;border-radius:6px;margin:8px 0}
table.card{border-collapse:collapse;background:var(--panel);font-size:13px;font-variant-numeric:tabular-nums}
table.card th,table.card td{border:1px solid var(--line);padding:2px 8px;text-align:right;white-space:nowrap}
table.card th{background:#eef1f6;font-weight:600}
table.card th.field,table.card td.field{text-align:left}
table.card tr.group th{background:#dde3ee;text-align:left}
table.card td.wide{white-space:normal;min-width:16rem;max-width:42rem}
table.card td.na{color:#a0a7b4;text-align:center}
table.card td .prf{display:block;color:var(--muted);font-size:10.5px;line-height:1.2}
table.card td.good{background:#e3f6e8}table.card td.mid{background:#fff6d6}table.card td.low{background:#fde2e1}
table.card td.drop{box-shadow:inset 0 0 0 2px var(--bad)}
table.card td.yes{color:var(--good);font-weight:700;text-align:center}table.card td.no{color:var(--bad);font-weight:700;text-align:center}
.side-by-side{display:flex;flex-wrap:wrap;gap:12px 40px;align-items:flex-start}
.wrap{overflow-x:auto}
.layout{display:grid;grid-template-columns:minmax(0,48rem) minmax(18rem,1fr);gap:24px;align-items:start}
@media (max-width:1000px){.layout{grid-template-columns:1fr}}
.doc-text{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:18px 22px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:16px;line-height:2.05}
aside{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:4px 14px 14px;font-size:13px}
aside ol,aside ul{padding-left:20px;margin:4px 0}
aside li{margin:3px 0}
.legend{display:flex;flex-wrap:wrap;gap:4px 8px;margin:6px 0;font-size:12px}
.legend span{padding:1px 6px;border-radius:3px}
.ent{border-radius:2px}
a.anchor{scroll-margin-top:35vh}
${entityRules}
.dt{background-color:#bdeccf;border-bottom:2px solid #1b8a5a}
.qt{background-color:#ffd49a;border-bottom:2px solid #c25e00}
.st-content{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:4px;text-decoration-skip-ink:none}
.st-addr{text-decoration-line:underline;text-decoration-style:dashed;text-decoration-thickness:2px;text-underline-offset:4px;font-style:italic}
.st-act{font-weight:700;text-decoration-line:underline;text-decoration-style:double;text-underline-offset:4px}
${kindRules}
.sp{outline:2px dashed var(--bad);outline-offset:1px}
.pa{outline:2px dotted var(--warn);outline-offset:1px}
.ms{background-image:repeating-linear-gradient(135deg,rgba(214,40,40,.38) 0 3px,transparent 3px 7px)}
.ms.ms-st{background-image:repeating-linear-gradient(135deg,rgba(214,40,40,.18) 0 3px,transparent 3px 7px)}
.hl{background-image:linear-gradient(rgba(40,40,70,.16),rgba(40,40,70,.16))!important}
aside li.hl{box-shadow:0 0 0 2px rgba(40,40,70,.35);border-radius:3px}
.sw{display:inline-block;padding:0 6px;border-radius:3px;border:1px solid transparent}
.badge{display:inline-block;font-size:11px;padding:0 5px;border-radius:8px;border:1px solid var(--line);color:var(--muted)}
.badge.spurious{border-color:var(--bad);color:var(--bad)}.badge.partial{border-color:var(--warn);color:var(--warn)}.badge.matched{border-color:var(--good);color:var(--good)}.badge.missed{border-color:var(--bad);color:#fff;background:var(--bad)}
.st-item .who{color:var(--muted)}
.st-item .act{font-weight:700}
.right{color:var(--good);font-weight:700}.wrong{color:var(--bad);font-weight:700}
dl.head{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:4px 0}
dl.head dt{color:var(--muted)}dl.head dd{margin:0}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
`;

/** Hovering any part of an item (a statement, an entity) highlights all of its marks. */
export const PAGE_SCRIPT = `document.addEventListener('mouseover',function(e){var t=e.target&&e.target.closest?e.target.closest('[data-k]'):null;var on=document.querySelectorAll('.hl');for(var i=0;i<on.length;i++)on[i].classList.remove('hl');if(!t)return;var ks=t.getAttribute('data-k').split(' ');for(var j=0;j<ks.length;j++){if(!/^[a-z][0-9]+$/.test(ks[j]))continue;var ns=document.querySelectorAll('[data-k~="'+ks[j]+'"]');for(var n=0;n<ns.length;n++)ns[n].classList.add('hl')}});`;
