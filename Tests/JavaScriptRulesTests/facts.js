// Prints the facts the JavaScriptRulesTests check, as Swift tuple lines, computed by
// Node's V8 (run with `TZ=UTC node facts.js RULE`, RULE one of: number, text, ws, bool,
// idx, utf16, cal, dates). Node is needed only to regenerate them; the facts themselves
// live in the test files.
function lit(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 10) out += '\\n';
    else if (c === 9) out += '\\t';
    else if (c === 13) out += '\\r';
    else if (c >= 0xD800 && c <= 0xDFFF) out += '\\u{FFFD}';
    else if (c < 0x20 || c > 0x7e) out += '\\u{' + c.toString(16).toUpperCase() + '}';
    else out += ch;
  }
  return out + '"';
};

const which = process.argv[2];
const dateCases = [
 "2024-01-15",
 "2024-01-15T10:30:00.000Z",
 "2024-01-15 10:30:00+02:00",
 "2024-01-15T10:30:00,5Z",
 "2024-01-15T10:30:00+02",
 "2024-01-15T10:30:00+0200",
 "2024-01-15T10:30+02:00",
 "2024-01-15T10:30Z",
 "2024-01-15T10:30",
 "2024-01-15T10:30:00",
 "2024-01-15t10:30:00z",
 "2024-01-15T24:00:00Z",
 "2024-01-15T24:00:01Z",
 "2024-01-15T10:30:00.123456Z",
 "2024-01-15T10:30:00.Z",
 "2024-02-30",
 "2024-02-30T00:00:00Z",
 "2024-13-01",
 "2024-00-10",
 "2024-01-32",
 "2024",
 "2024-01",
 "2024T10:00",
 "2024-01T10:00",
 "+002024-01-02T00:00:00Z",
 "-000001-01-01T00:00:00Z",
 "-000000-01-01T00:00:00Z",
 "+275760-09-13T00:00:00.000Z",
 "+275760-09-13T00:00:00.001Z",
 "-271821-04-20T00:00:00.000Z",
 "-271821-04-19T23:59:59.999Z",
 " 2024-01-15 ",
 " 2024-01-15T10:30:00Z",
 "2024-01-15T10:30:00Z ",
 "2024-01-15T10:30:00 GMT",
 "2024-01-15 10:30:00 GMT",
 "2024-01-15 10:30:00 UTC",
 "2024-01-01 00:00:00 +0000",
 "2024-01-01 12:00 PM",
 "Mon, 15 Jan 2024 10:30:00 GMT",
 "Mon, 01 Jan 2024 10:00:00 GMT",
 "January 15, 2024",
 "January 15, 2024 10:30",
 "January 7, 2021",
 "Jan 7 2021 10:00:00 +0200",
 "Jan 07 2021 10:00:00 GMT+0100 (Central European Standard Time)",
 "1/2/2024 10:00 PM",
 "01/15/2024",
 "2024/01/15",
 "2024/1/2 10:00",
 "01.01.2024",
 "01.01.2024 10:00",
 "Dec 25 2023 11:59:59 PM EST",
 "Tue 16 Sep 2024 5:46 pm +05:30",
 "1999/11/23 1:12 AM -0500",
 "10:00:00 2024-01-02",
 "Jan 7",
 "Jan 2024",
 "Jan 32 2024",
 "12",
 "99",
 "31",
 "2024",
 "13/45/2024",
 "01/32/2024",
 "25/12/2023",
 "1/1/2000 13:00 PM",
 "Jan 1st 2024",
 "yesterday",
 "not a date",
 "foo 1/2/2024",
 "Monday January 15 2024",
 "Monday, January 15, 2024",
 "15 January 2024",
 "15 Jan 2024 10:30",
 "2024 Jan 15",
 "Jan 15 2024 10:30:00 PST",
 "Jan 15 2024 10:30:00 pdt",
 "Jan 15 2024 10:30:00 Z",
 "Jan 15 2024 10:30:00 UT",
 "Jan 15 2024 10:30:00 GMT-5",
 "Jan 15 2024 10:30:00 GMT+05:30",
 "Jan 15 2024 10:30:00 +5",
 "Jan 15 2024 10:30:00.123",
 "Jan 15 2024 10:30:00.5 GMT",
 "Jan 15 2024 10:30",
 "Jan 15 2024 10",
 "Jan 15, 2024, 10:30:00 AM",
 "Jan 15 2024 12:00 AM",
 "Jan 15 2024 0:30 PM",
 "Jan 15 2024 24:00",
 "Jan 15 2024 24:01",
 "Jan 15 2024 10:60",
 "2024-01-15 10:30:00 -05:00",
 "2024-01-15 10:30:00-0500",
 "2024/01/15 10:30:00 +0100",
 "1/15/2024",
 "1-15-2024",
 "15-1-2024",
 "2024-1-15",
 "2024-1-5 3:04:05",
 "20240115",
 "20240115T1030",
 "1704067200",
 "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)",
 "Sun Nov  6 08:49:37 1994",
 "Sunday, 06-Nov-94 08:49:37 GMT",
 "Sun, 06 Nov 1994 08:49:37 GMT",
 "6 Nov 1994",
 "Nov 6 94",
 "Nov 6 49",
 "Nov 6 50",
 "1/2/49",
 "1/2/50",
 "1/2/100",
 "1/2/0",
 "Jan 15 2024 (comment",
 "Jan 15 2024 (nested (comment)) 10:00",
 "(lead) Jan 15 2024",
 "Jan 15 2024)",
 "2024-01-15 T 10:30",
 "2024.01.15",
 "2024_01_15",
 "Jan-15-2024",
 "15-Jan-2024",
 "15.Jan.2024",
 "Jan 15 2024 10:30:00 GMT+0100 extra",
 "Jan 15 2024 10:30 am pm",
 "Jan 15 2024 10:30 GMT EST",
 "2024-01-15 10:30:00 +02:00 GMT",
 "Saturday",
 "Sat 2024",
 "2024 12 25",
 "12 25 2024",
 "Dec 25 12 2024",
 "Jan Feb 2024",
 "1 2 3 4",
 "999999999",
 "1/1/999999999",
 "Jan 1 275760",
 "Jan 1 300001",
 "Jan 1 1000000",
 "January 1, 10000 00:00:00 GMT",
 "January",
 "2024-01-15T10:30:00+24:00",
 "2024-01-15T10:30:00+23:59",
 "2024-01-15T10:30:00+02:60",
 "2024-01-15T10:30:00+2:00",
 "2024-01-15 10:30:00.1234",
 "2024-01-15 10:30:00.",
 "Jan 15 2024 10:30:00 +0200 (CEST)",
 "Jan 15 2024 10:30:00 GMT+0200 (CEST) extra",
 "1/15/2024 10:30:00 GMT-0800",
 "1/15/2024 10:30:00 -08",
 "Jan 15 2024 +0200",
 "Jan 15 2024 GMT+0200",
 "2024-01-15 +0200",
 "Jan 15 2024 10:30 +02:00:00",
 "2024-01-01Z",
 "2024-01-01T10:00:00Z GMT",
 "2024-01-15 10:30:00 @",
 "Jan 15, 2024; 10:30",
 "Jan 15 2024 10:30:00 GMT+0100 GMT",
 "Jan 15 2024 10:30:00 +0100 UTC",
 "Jan 15 2024 10:30:00 EST GMT",
 "foo1 Jan 2024",
 "foo Jan 15 2024",
 "Jan 15 2024 foo",
 "x 2024-01-15",
 "2024-01-15 x",
 "2024T10:00:00Z",
 "2024-01T10:00:00.5+01:00",
 "2024-01-15T10:30:00.000+00:00",
 "2024-01-15T10:30:00.000-00:00",
 "Jan 15 2024 10:30:00.",
 "2024-01-15 10:30",
 "2024-01-15 10:30Z",
 "2024-01-15 10:30:00.123Z",
 "1/2/2024Z",
 "Jan 15 2024 10:30:00 z",
 "Jan 15 2024 3pm",
 "2024 - 1",
 "+5",
 "EST Jan 5 2024",
 "pm Jan 5 2024 10:00",
 "Jan 5 2024 Mon",
 "Jan 5 -2024",
 "100,-1",
 "Jan-2024",
 "Mon Jan 5 2024",
 "Jan 5 2024 10:00 -",
 "1/2/2024 10:00 GMT-",
 "Jan 5 2024 EST+1"
];
if (which === "dates") for (const s of dateCases) { const t = new Date(s).getTime(); console.log("        (" + lit(s) + ", " + (Number.isNaN(t) ? "nil" : String(t)) + "),"); }
if (which === "ws") {
  const ws = [];
  for (let c = 0; c <= 0xFFFF; c++) { if (c >= 0xD800 && c <= 0xDFFF) continue; if (String.fromCharCode(c).trim() === "") ws.push("0x" + c.toString(16).toUpperCase()); }
  console.log("        " + ws.join(", ") + ",");
  const trims = [" a ", "\u00a0a\u00a0", "\u0085a\u0085", "\ufeffa", "\t\n\u000b\f\r a b \u2028", "\u3000", "a\u200bb ", "\u180ea"];
  for (const s of trims) console.log(`        (${lit(s)}, ${lit(s.trim())}, ${lit(s.trimStart())}, ${lit(s.trimEnd())}),`);
} else if (which === "text") {
  const ds = [0, -0, 1, -1, 0.1, 1.5, 123.456, 1e21, 1e20, 123e20, 1e-6, 1e-7, 1.5e-7, 2.5e-10, 5e-324, 1.7976931348623157e308, 9007199254740992, 9007199254740993, 264220006206222000, 12345678901234567890, 0.000001234, 100, 1e300, -1.5e300, 4.35, 0.30000000000000004, NaN, Infinity, -Infinity];
  for (const d of ds) { const sw = Number.isNaN(d) ? ".nan" : d === Infinity ? ".infinity" : d === -Infinity ? "-.infinity" : Object.is(d, -0) ? "-0.0" : String(d); console.log(`        (${sw}, ${lit(String(d))}),`); }
} else if (which === "idx") {
  const keys = ["0", "1", "12", "01", "-1", "1.0", "+1", " 1", "1 ", "4294967294", "4294967295", "4294967296", "99999999999", "", "a", "1e3", "0x1", "\u0661"];
  for (const k of keys) { const a = []; a[k] = 1; const isIndex = a.length > 0; console.log(`        (${lit(k)}, ${isIndex ? String(Number(k)) : "nil"}),`); }
  const o = JSON.parse('{"b":1,"10":2,"a":3,"2":4,"01":5,"4294967295":6,"4294967294":7}');
  console.log("        // JSON.stringify order: " + lit(JSON.stringify(o)));
} else if (which === "bool") {
  const vs = [[0, "0"], [-0, "-0.0"], [NaN, ".nan"], [1, "1"], [-1, "-1"], [0.5, "0.5"], [Infinity, ".infinity"]];
  for (const [v, sw] of vs) console.log(`        (${sw}, ${Boolean(v)}),`);
  for (const s of ["", " ", "0", "false", "a"]) console.log(`        (${lit(s)}, ${Boolean(s)}),`);
} else if (which === "utf16") {
  const s = "a😀b€c";
  console.log("        // s = " + lit(s) + ", length " + s.length);
  for (const [b, e] of [[0, undefined], [1, 3], [-2, undefined], [2, 100], [-100, 2], [3, 1], [1, 2]]) console.log(`        (${b}, ${e === undefined ? "nil" : e}, ${lit(s.slice(b, e))}, ${lit(s.substring(b, e))}),`);
  console.log("        // indexOf");
  for (const [n, f] of [["b", 0], ["😀", 0], ["c", 5], ["", 3], ["x", 0], ["b", 5], ["", 99]]) console.log(`        (${lit(n)}, ${f}, ${s.indexOf(n, f)}),`);
  console.log("        // lastIndexOf");
  for (const n of ["a", "b", "", "x", "ab"]) console.log(`        (${lit(n)}, ${"abcab".lastIndexOf(n)}),`);
  console.log("        // split");
  for (const [t, p] of [["a,b,,c", ","], ["a, b", ", "], ["abc", "abc"], ["", ","], ["aaa", "aa"]]) console.log(`        (${lit(t)}, ${lit(p)}, [${t.split(p).map(lit).join(", ")}]),`);
  console.log("        // split(/\\s+/)");
  for (const t of [" a  b\u00a0c ", "a", "", "a\u0085b"]) console.log(`        (${lit(t)}, [${t.split(/\s+/).map(lit).join(", ")}]),`);
  console.log("        // compare");
  for (const [a, b] of [["a", "b"], ["😀", "\uffff"], ["ab", "a"], ["é", "e\u0301"], ["x", "x"]]) console.log(`        (${lit(a)}, ${lit(b)}, ${a < b ? -1 : a > b ? 1 : 0}),`);
} else if (which === "cal") {
  for (const [y, m, d, h, mi, s, ms] of [[1970, 1, 1, 0, 0, 0, 0], [2024, 2, 29, 12, 0, 0, 0], [2024, 13, 45, 0, 0, 0, 0], [2024, 0, 0, 0, 0, 0, 0], [2000, 3, 1, 25, 61, 61, 1001], [1600, 2, 29, 0, 0, 0, 0], [-1, 1, 1, 0, 0, 0, 0], [275760, 9, 13, 0, 0, 0, 0], [-271821, 4, 20, 0, 0, 0, 0], [1900, 2, 29, 0, 0, 0, 0]])
    { const t = new Date(0); t.setUTCFullYear(y, m - 1, d); t.setUTCHours(h, mi, s, ms); console.log(`        (${y}, ${m}, ${d}, ${h}, ${mi}, ${s}, ${ms}, ${t.getTime()}),`); }
  console.log("        // toISOString");
  for (const t of [0, 1704164645123, -1, -62198755200000, 8.64e15, -8.64e15, 253402300800000, -62167219200001]) console.log(`        (${t}, ${lit(new Date(t).toISOString())}),`);
}

const numberCases = ["", " ", "\u00a012\u00a0", "\u00a0", " \t\u00a012.5\n", "\ufeff7", "\u20281\u2029", "\u30003\u3000", "\u00851", "1\u0085", "\u200b1",
 "12", " 12 ", "0x1F", "0X1f", "0b101", "0o17", "0x", "0b2", "0o8", "-0x10", "+0x10", ".5", "5.", "-.5", "+.5", "-5.", "1.e3", "1e3", "1E-3", "1e", "1e+", "+-1",
 "-2.5", "Infinity", "+Infinity", "-Infinity", "infinity", "INFINITY", "NaN", "abc", "1,5", "12px", "1_000", "00012", "-0", "1e400", "-1e400", "1e-400",
 "9007199254740993", "0.1", "123456789012345678901234567890", ". ", ".", "e5", "+", "-", "0x1F ", " 0b11 ", "١٢"];
if (which === "number") for (const s of numberCases) { const n = Number(s); console.log(`        (${lit(s)}, ${Number.isNaN(n) ? "nil" : (n === Infinity ? ".infinity" : n === -Infinity ? "-.infinity" : (Object.is(n, -0) ? "-0.0" : String(n)))}),`); }
