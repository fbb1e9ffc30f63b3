// Types the saved settings refer to, gathered so settings.ts stays free of Office-independent imports clutter.
export type { Campaign, Mapping } from "../core/types";
export type { GridSource } from "./read";
