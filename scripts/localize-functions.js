// Builds functions.vi.json: the same functions (same ids) as functions.json, with the Vietnamese names and
// descriptions of src/functions/translations.vi.json. Excel picks it through the manifest's vi-VN override.
"use strict";

/** Returns the localized metadata and the list of what the translation table lacks. */
function localizeFunctions(metadata, table) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const tr = table[fn.id] || {};
    if (!tr.name) missing.push(`${fn.id}: name`);
    if (!tr.description) missing.push(`${fn.id}: description`);
    const parameters = (fn.parameters || []).map((p) => {
      const pt = (tr.parameters || {})[p.name] || {};
      if (!pt.description) missing.push(`${fn.id}(${p.name}): description`);
      return { ...p, description: pt.description || p.description };
    });
    const out = { ...fn, name: tr.name || fn.name, description: tr.description || fn.description, parameters };
    if (fn.result && tr.result) out.result = { ...fn.result, description: tr.result };
    return out;
  });
  return { metadata: { ...metadata, functions }, missing };
}

module.exports = { localizeFunctions };
