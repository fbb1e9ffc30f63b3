// A stand-in for Office.js in the browser test: Office and Excel over an in-memory workbook given as JSON in
// window.__WORKBOOK__ ({ sheets: [{ name, origin, values, merges }] }). Writes land in the same workbook so the
// test can read it back (window.__WORKBOOK__). Loads are immediate; sync() only counts round trips.
(function () {
  const book = window.__WORKBOOK__;
  book.syncs = 0;
  book.settings = book.settings || {};
  for (const s of book.sheets) { s.rules = s.rules || []; s.formulas = s.formulas || {}; s.charts = []; s.merged = s.merged || []; }
  let active = book.sheets[0].name;
  let selected = null;

  const letters = (c) => { let s = ""; for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
  const colNum = (l) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  function parse(address) {
    const a = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
    const [x, y = x] = a.split(":");
    const cell = (ref, end) => {
      const m = /^([A-Z]*)(\d*)$/.exec(ref);
      return { col: m[1] ? colNum(m[1]) : end ? 16384 : 1, row: m[2] ? Number(m[2]) : end ? 1048576 : 1 };
    };
    const p = cell(x, false), q = cell(y, true);
    return { top: p.row, left: p.col, bottom: q.row, right: q.col };
  }
  const ref = (a) => `${letters(a.left)}${a.top}:${letters(a.right)}${a.bottom}`;
  const sheetByName = (name) => {
    const s = book.sheets.find((x) => x.name === name);
    if (!s) { const e = new Error(`ItemNotFound: ${name}`); e.code = "ItemNotFound"; throw e; }
    return s;
  };
  const get = (s, r, c) => {
    const row = s.values[r - s.origin.row];
    const v = row ? row[c - s.origin.col] : undefined;
    return v === undefined ? null : v;
  };
  function put(s, r, c, v) {
    while (s.values.length <= r - s.origin.row) s.values.push([]);
    s.values[r - s.origin.row][c - s.origin.col] = v;
  }

  function range(sheet, area) {
    const rows = () => Array.from({ length: area.bottom - area.top + 1 }, (_, i) => area.top + i);
    const cols = () => Array.from({ length: area.right - area.left + 1 }, (_, j) => area.left + j);
    const matrix = (f) => rows().map((r) => cols().map((c) => f(r, c)));
    const format = { font: {}, fill: {}, borders: { getItem: () => ({}) } };
    // Excel refuses a 2-D array that is not exactly the range's size.
    const sized = (m, what) => {
      const rows = area.bottom - area.top + 1, cols = area.right - area.left + 1;
      if (!Array.isArray(m) || m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols)) {
        const e = new Error(`InvalidArgument: ${what} of ${ref(area)} needs ${rows}x${cols} values`); e.code = "InvalidArgument"; throw e;
      }
      return m;
    };
    return {
      load() { return this; },
      isNullObject: false,
      get address() { return `${sheet.name}!${ref(area)}`; },
      get rowCount() { return area.bottom - area.top + 1; },
      get columnCount() { return area.right - area.left + 1; },
      get values() { return matrix((r, c) => { const v = get(sheet, r, c); return v === null ? "" : typeof v === "object" ? v.error : v; }); },
      get valueTypes() { return matrix((r, c) => { const v = get(sheet, r, c); return v === null ? "Empty" : typeof v === "object" ? "Error" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String"; }); },
      get numberFormat() { return matrix(() => "General"); },
      set numberFormat(m) { sized(m, "numberFormat"); sheet.numberFormats = (sheet.numberFormats || []).concat([{ area, m }]); },
      set formulas(m) {
        sized(m, "formulas").forEach((row, i) => row.forEach((v, j) => {
          const r = area.top + i, c = area.left + j;
          if (typeof v === "string" && v.startsWith("'")) put(sheet, r, c, v.slice(1));
          else if (typeof v === "string" && v.startsWith("=")) { sheet.formulas[`${letters(c)}${r}`] = v; put(sheet, r, c, null); }
          else put(sheet, r, c, v === "" ? null : v);
        }));
      },
      format,
      merge() { sheet.merged.push(ref(area)); },
      select() { active = sheet.name; selected = `${sheet.name}!${ref(area)}`; book.selected = selected; },
      getMergedAreasOrNullObject() {
        const inside = (sheet.merges || []).filter((m) => m.top >= area.top && m.bottom <= area.bottom);
        return { load() {}, isNullObject: inside.length === 0, address: inside.map((m) => `${sheet.name}!${ref(m)}`).join(",") };
      },
      getSpecialCellsOrNullObject() { return { load() {}, isNullObject: false, address: `${sheet.name}!${ref(area)}` }; },
      conditionalFormats: {
        get items() { return sheet.rules.map((rule) => ({ type: rule.type, custom: { rule: { formula: rule.formula, load() {} } }, delete() { sheet.rules.splice(sheet.rules.indexOf(rule), 1); } })); },
        load() { return this; },
        add(type) {
          const rule = { type, range: ref(area) };
          sheet.rules.push(rule);
          return {
            custom: { rule: { set formula(f) { rule.formula = f; } }, format: { fill: { set color(c) { rule.fill = c; } }, font: { set color(c) { rule.font = c; } } } },
            dataBar: { positiveFormat: {} },
          };
        },
      },
    };
  }

  function worksheet(name) {
    const sheet = sheetByName(name);
    return {
      name, isNullObject: false, load() { return this; },
      getUsedRange() {
        const width = Math.max(...sheet.values.map((r) => r.length));
        return range(sheet, { top: sheet.origin.row, left: sheet.origin.col, bottom: sheet.origin.row + sheet.values.length - 1, right: sheet.origin.col + width - 1 });
      },
      getRange(address) { return range(sheet, address ? parse(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 }); },
      activate() { active = name; },
      protection: { load() { return this; }, get protected() { return sheet.protected === true; } },
      freezePanes: { freezeAt() { sheet.freeze = "at"; }, freezeRows(n) { sheet.freeze = `rows ${n}`; }, freezeColumns(n) { sheet.freeze = `cols ${n}`; } },
      pageLayout: new Proxy({
        setPrintArea(a) { sheet.printArea = a; },
        setPrintTitleRows(a) { sheet.printTitleRows = a; },
        // The sheet's print area (sheet.printArea in the workbook JSON, or one set since); a null object when none.
        getPrintAreaOrNullObject() { return { load() {}, get isNullObject() { return !sheet.printArea; }, get address() { return sheet.printArea ? `${sheet.name}!${sheet.printArea}` : ""; } }; },
      }, { set(t, k, v) { sheet["page_" + String(k)] = v; return true; } }),
      tables: {
        items: (sheet.tables || []).map((t) => ({ name: t.name, getRange: () => ({ load() {}, address: `${name}!${t.ref.replace(/^.*!/, "")}` }) })),
        load() { return this; },
        add(ref) { const table = { ref }; (sheet.tables = sheet.tables || []).push(table); return { set name(n) { table.name = n; } }; },
        getItem(n) { return { resize(ref) { const t = (sheet.tables || []).find((x) => x.name === n); if (t) t.ref = ref; } }; },
      },
      charts: { add(type, source) { const chart = { type, source: source.address }; sheet.charts.push(chart); return { title: { set text(t) { chart.title = t; } }, legend: {}, axes: { valueAxis: {} }, series: (() => { const one = () => ({ set name(n) { (chart.series = chart.series || []).push(n); }, setValues() {}, setXAxisValues(r) { chart.categories = r.address; } }); return { getItemAt: one, add: one }; })(), setPosition(a, b) { chart.position = [a, b]; } }; } },
    };
  }

  const context = {
    workbook: {
      worksheets: {
        get items() { return book.sheets.map((s) => ({ name: s.name })); },
        load() { return this; },
        getActiveWorksheet: () => worksheet(active),
        getItem: (name) => worksheet(name),
        add(name) {
          if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`sheet exists: ${name}`);
          book.sheets.push({ name, origin: { row: 1, col: 1 }, values: [], rules: [], formulas: {}, charts: [], merged: [] });
          return worksheet(name);
        },
      },
      getSelectedRange: () => range(sheetByName(active), selected ? parse(selected) : { top: 1, left: 1, bottom: 1, right: 1 }),
      // The workbook's tables (names are workbook-wide).
      tables: { get items() { return book.sheets.flatMap((s) => (s.tables || []).map((t) => ({ name: t.name }))); }, load() { return this; } },
      // The workbook's defined names (a new table may not take one's name).
      names: { get items() { return (book.names || []).map((n) => ({ name: n.name })); }, load() { return this; } },
    },
    application: {
      load() {}, decimalSeparator: ",", thousandsSeparator: ".", useSystemSeparators: true,
      cultureInfo: { numberFormat: { load() {}, numberDecimalSeparator: ",", numberGroupSeparator: "." } },
      suspendApiCalculationUntilNextSync() { book.calcSuspended = (book.calcSuspended || 0) + 1; },
      suspendScreenUpdatingUntilNextSync() {},
    },
    async sync() { book.syncs++; },
  };

  window.Excel = { run: async (cb) => cb(context) };
  window.CustomFunctions = {
    associate(id, f) { (window.__customFunctions = window.__customFunctions || {})[id] = f; },
    Error: class extends Error { constructor(code, message) { super(message); this.code = code; } },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!" },
  };
  window.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: book.displayLanguage || "vi-VN",
      // book.excelApiMinor: an older Excel (ExcelApi 1.x and below); every set when absent.
      requirements: { isSetSupported: (_name, version) => !book.excelApiMinor || Number(String(version).split(".")[1] || 0) <= book.excelApiMinor },
      document: {
        settings: {
          get: (k) => book.settings[k],
          set: (k, v) => { book.settings[k] = v; },
          saveAsync: (cb) => cb && cb({ status: "succeeded" }),
        },
      },
    },
    // Ribbon commands and custom functions register here as on the shared runtime's page; the test presses them.
    actions: { associate(id, f) { (window.__associated = window.__associated || {})[id] = f; } },
    addin: { showAsTaskpane: async () => {} },
    onReady(cb) { const info = { host: "Excel", platform: "PC" }; if (cb) setTimeout(() => cb(info), 0); return Promise.resolve(info); },
  };
})();
