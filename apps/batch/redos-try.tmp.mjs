import { isSafePattern } from 'redos-detector';
const cases = JSON.parse(process.argv[2]);
for (const [p, f] of cases) {
  const t0 = Date.now();
  let r;
  try { r = isSafePattern(p, { caseInsensitive: f.includes('i'), unicode: f.includes('u'), timeout: 1500 }); } catch (e) { r = { safe: false, error: e.message }; }
  console.log(r.safe ? 'SAFE ' : `NO(${r.error}) `, Date.now() - t0, 'ms', `/${p}/${f}`);
}
