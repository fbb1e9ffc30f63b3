export { allocateLargestRemainder, allocateProportional } from "./largest-remainder";
export type { Allocation, AllocationProblem, AllocationResult, AllocateOptions } from "./largest-remainder";
export { allocateDaily } from "./daily";
export type { DailyAllocation } from "./daily";
export { planAllocation, findBase } from "./plan";
export type { AllocationPlan, AllocationRow, PlanOptions, PlanResult } from "./plan";
export { allocationSheet } from "./sheet";
