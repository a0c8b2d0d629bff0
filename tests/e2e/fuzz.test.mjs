// Fuzzing the JS API in the browser: thousands of arbitrary JSON values and strings go into
// every function of every bundle. Each call must return a result or throw a field error
// ({ field, code, message }); a Rust panic would surface as a WebAssembly RuntimeError and
// leave the module unusable, so after the run a normal call must still work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, useBrowser } from './harness.mjs';

const env = useBrowser();

const CASES = Number(process.env.FUZZ_CASES ?? 1500);

const bundles = [
  { path: '', fns: ['parameters', 'gemeenteParameters'], valid: ['parameters', ['2026-07-01']] },
  { path: 'api/', fns: ['werkgever'], valid: ['werkgever', [{ start_date: '2026-07-01', contract_hours: 32, age: 30, loonwaarde: 60 }]] },
  { path: 'api/', fns: ['armoedeval', 'armoedevalCurve'], valid: ['armoedeval', [{ start_date: '2026-07-01', age: 30, vermogen: 0, hours: 20, rent: 600, children: '3' , leefvorm: 'alleenstaande_ouder', months_worked: 3 }]] },
  { path: 'api/', fns: ['inkomenstoeslag'], valid: ['inkomenstoeslag', [{ request_date: '2026-07-01', age: 30, low_income_months: 40, vermogen: 0 }]] },
  { path: 'api/', fns: ['intake'], valid: ['intake', [{ date: '2026-07-01', age: 30, low_income_months: 40, vermogen: 0, hours: 20, loonwaarde: 60 }]] },
  { path: 'api/', fns: ['rule'], valid: ['rule', ['zorgtoeslag', { date: '2026-07-01', toetsingsinkomen: 20000 }]] },
];

for (const b of bundles) {
  test(`fuzz: ${b.fns.join(', ')} answer ${CASES} arbitrary inputs each without a panic`, async () => {
    const page = await newPage(env.browser);
    await open(page, env.server.url, b.path);
    const report = await page.evaluate(({ fns, cases, valid }) => {
      // A small seeded generator, so a failure can be replayed.
      let seed = 0x5eed1234;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
      const pick = (a) => a[Math.floor(rnd() * a.length)];
      const fieldNames = ['gemeente', 'start_date', 'request_date', 'contract_hours', 'fulltime_hours', 'age', 'partner_age', 'hourly_wage',
        'loonwaarde', 'loonwaarde_known', 'contract_months', 'doelgroepregister', 'children', 'rent', 'vermogen', 'hours', 'leefvorm',
        'low_income_months', 'months_without_income', 'highest_income', 'prospects', 'last_iit_date', 'student', 'gets_iit', 'kostendeler',
        'employer_charges_pct', 'travel_costs', 'childcare_costs', 'current_income', 'kwijtschelding_year', 'date', 'kostendelers', '__proto__', 'constructor'];
      const strings = ['', ' ', '0', '-1', '1e309', 'NaN', 'Infinity', '14,99', '1.234,56', '99999999999999999999999999999', '2026-02-30',
        '2026-07-01', '2024-01-01', '9999-12-31', 'ommen', 'GM0166', 'gehuwden', 'alleenstaande_ouder', 'geen', 'wel', '€', '١٢٣', '𝟙𝟚',
        '\u0000', '<script>', '4, 13, 200', ',,,', '-0', '0.000000000000000000000000001', 'x'.repeat(500)];
      const value = (depth) => {
        const r = rnd();
        if (r < 0.25) return pick(strings);
        if (r < 0.45) return pick([0, -1, 1, 14.99, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, NaN, Infinity, -0, 36, 60, 100, 101]);
        if (r < 0.55) return pick([true, false, null, undefined]);
        if (r < 0.65 && depth < 3) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
        if (depth < 3) {
          const o = {};
          const n = Math.floor(rnd() * 14);
          for (let i = 0; i < n; i++) o[pick(fieldNames)] = value(depth + 1);
          return o;
        }
        return pick(strings);
      };
      const api = window.wasmBindings;
      let results = 0;
      let fieldErrors = 0;
      const bad = [];
      const mutate = (base) => {
        const o = { ...base };
        const n = 1 + Math.floor(rnd() * 2);
        // Mostly one of the form's own fields with a plain value, so some inputs get
        // through to the rules (a name the form does not know is refused as such).
        for (let i = 0; i < n; i++) {
          const own = rnd() < 0.7;
          const key = pick(own ? Object.keys(base) : Object.keys(base).concat(fieldNames));
          o[key] = own ? pick(strings.concat([0, 1, 14.99, 36, 60, 100, -1, true, false])) : value(2);
        }
        return o;
      };
      for (const fn of fns) {
        for (let i = 0; i < cases; i++) {
          // Half arbitrary values, half a valid input with one to three fields replaced.
          // rule(name, input): a known rule with a valid input mutated, or anything at all.
          const ruleInputs = {
            zorgtoeslag: { date: '2026-07-01', toetsingsinkomen: 20000 },
            huurtoeslag: { date: '2026-07-01', toetsingsinkomen: 20000, rent: 600, household_size: 2 },
            kindgebonden_budget: { date: '2026-07-01', toetsingsinkomen: 20000, children: '3, 13' },
            bijstandsnorm: { date: '2026-07-01', leefvorm: 'gehuwden', age: 30, partner_age: 20 },
            loonkostensubsidie: { date: '2026-07-01', loonwaarde: 40, contract_hours: 32, age: 19 },
          };
          const ruleName = pick(Object.keys(ruleInputs));
          const args = fn === 'gemeenteParameters' || fn === 'parameters'
            ? [value(2), value(2)]
            : fn === 'rule'
              ? (i % 2 === 0 ? [value(1), value(0)] : [ruleName, i % 3 === 0 ? ruleInputs[ruleName] : mutate(ruleInputs[ruleName])])
              : [i % 2 === 0 ? value(0) : mutate(valid[1][0])];
          try {
            api[fn](...args);
            results++;
          } catch (e) {
            if (e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string') fieldErrors++;
            else if (bad.length < 5) bad.push(`${fn}(${JSON.stringify(args)}): ${e}`);
            else bad.push('');
          }
        }
      }
      let stillWorks = true;
      try { api[valid[0]](...valid[1]); } catch { stillWorks = false; }
      return { calls: fns.length * cases, results, fieldErrors, bad: bad.filter(Boolean), badCount: bad.length, stillWorks };
    }, { fns: b.fns, cases: CASES, valid: b.valid });
    console.log(`fuzz ${b.fns.join('+')}: ${report.calls} calls, ${report.results} results, ${report.fieldErrors} field errors, ${report.badCount} other errors`);
    if (b.path) assert.ok(report.results >= report.calls / 200, 'some inputs get through validation to exercise the rules');
    assert.deepEqual(report.bad, [], 'every refusal is a field error');
    assert.equal(report.results + report.fieldErrors, report.calls);
    assert.ok(report.stillWorks, 'the module still works after the run');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
