// Runs the command line's compiled bundle as require() would, with V8's code cache of it when there is one
// (dist-cli/quota-report.cache, made by scripts/build-cli.mjs after a run on the sample workbook): the functions a
// run needs are then read already compiled instead of being parsed and compiled at every start. A cache that is
// missing, damaged, of another bundle or refused by this node (another version, other V8 flags) is not used: the
// bundle then loads exactly as without one. Nothing is ever written here.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");
const Module = require("module");

const CHECKSUM_BYTES = 4;

/** The cache of a bundle: beside it, .cache for .js. */
function cacheFileOf(bundle) {
  return bundle.replace(/\.js$/, ".cache");
}

/**
 * V8 checks a cache against its own version and flags and the source's length only, not the source itself nor
 * that its data is whole, and it names the functions it reads from a cache after the file the cache was made
 * from (in stack traces and profiles): a cache file starts with a CRC-32 of the bundle's path, its bytes and
 * V8's data, so a cache is used only by the bundle it was made of, in the place it was made.
 */
function checksum(bundle, bundleBytes, data) {
  return zlib.crc32(data, zlib.crc32(bundleBytes, zlib.crc32(bundle)));
}

/** The contents of the cache file for V8's data of this bundle (used by the build only). */
function cacheFileContents(bundle, bundleBytes, data) {
  const head = Buffer.alloc(CHECKSUM_BYTES);
  head.writeUInt32LE(checksum(bundle, bundleBytes, data));
  return Buffer.concat([head, data]);
}

/** V8's data in the bundle's cache file; null when there is none, or it is damaged or of another bundle or path. */
function cachedDataFor(bundle, bundleBytes) {
  // zlib.crc32 came with node 20.15: an older node runs without the cache.
  if (typeof zlib.crc32 !== "function") return null;
  let file;
  try {
    file = fs.readFileSync(cacheFileOf(bundle));
  } catch {
    return null;
  }
  if (file.length <= CHECKSUM_BYTES) return null;
  const data = file.subarray(CHECKSUM_BYTES);
  return file.readUInt32LE(0) === checksum(bundle, bundleBytes, data) ? data : null;
}

/**
 * The bundle compiled as a CommonJS module's wrapper (Module.wrap keeps every line number), with V8's data when
 * given. `run()` runs it once as the module of its own path: `require` resolves from the bundle's folder, as it
 * would for require(bundle), and __filename/__dirname are the bundle's.
 */
function compileBundle(bundle, bundleBytes, cachedData) {
  const script = new vm.Script(Module.wrap(bundleBytes.toString("utf8")), { filename: bundle, cachedData });
  const run = () => {
    const dir = path.dirname(bundle);
    const bundleModule = new Module(bundle, module);
    bundleModule.filename = bundle;
    bundleModule.paths = Module._nodeModulePaths(dir);
    const requireFromBundle = Module.createRequire(bundle);
    script.runInThisContext().call(bundleModule.exports, bundleModule.exports, requireFromBundle, bundleModule, bundle, dir);
    bundleModule.loaded = true;
    return bundleModule.exports;
  };
  return { script, run };
}

/** The bundle's exports: through its code cache when a valid one is beside it, else by a plain require. */
function loadBundle(bundle) {
  // Without a cache, require alone, which reads the bundle itself.
  if (!fs.existsSync(cacheFileOf(bundle))) return require(bundle);
  const bytes = fs.readFileSync(bundle);
  const cachedData = cachedDataFor(bundle, bytes);
  if (!cachedData) return require(bundle);
  // A cache V8 refuses (script.cachedDataRejected) costs nothing more: the source is compiled as require would.
  return compileBundle(bundle, bytes, cachedData).run();
}

module.exports = { loadBundle, compileBundle, cachedDataFor, cacheFileOf, cacheFileContents };
